using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Core.Api.Views;

/// <summary>GET /api/drills/{id}/review: the drill's record with names and citations resolved, its findings and corrective actions.</summary>
public sealed record DrillReviewView(
    DrillRecord Record,
    DrillPlatform.Core.Content.Localized Scenario,
    IReadOnlyList<MissedActionView> Missed,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CorrectiveAction> CorrectiveActions)
{
    public static DrillReviewView From(DrillRecord record, Citations citations, IReadOnlyList<Finding> findings, IReadOnlyList<CorrectiveAction> actions) => new(
        record,
        citations.ScenarioTitle(record.ScenarioId),
        record.Missed.Select(m => new MissedActionView(m.ActionId, citations.ActionName(m.ActionId), m.MissedBy, m.Citation.Select(citations.Section).ToList())).ToList(),
        findings,
        actions);
}

public sealed record MissedActionView(string ActionId, DrillPlatform.Core.Content.Localized Name, int MissedBy, IReadOnlyList<Citation> Citations);
