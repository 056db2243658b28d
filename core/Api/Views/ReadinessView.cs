using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Api.Views;

/// <summary>The wire shape of a department's readiness: every text in both languages, every score with its reasons and next step.</summary>
public static class ReadinessView
{
    public static object From(DepartmentReadiness d) => new
    {
        department = d.Department,
        role = d.Role,
        asOf = d.AsOf,
        score = d.Score,
        bands = new { ready = d.Ready, atRisk = d.AtRisk, notReady = d.NotReady },
        change = d.Change,
        topics = d.WeakestTopics.Select(t => new
        {
            topic = t.Topic, label = t.Label, mastery = Math.Round(t.Mastery, 3), people = t.People,
            citation = new { section = t.Citation, title = t.CitationTitle, source = t.CitationSource },
        }),
        people = d.People.Select(p => new
        {
            personId = p.PersonId, name = p.Name, roles = p.Roles, score = p.Score, band = p.Band,
            knowledge = Round(p.Knowledge), drills = Round(p.Drills), equipment = Round(p.Equipment),
            failedGates = p.FailedGates,
            reasons = p.Reasons.Select(r => new { kind = r.Kind, text = r.Text }),
            nextStep = new { kind = p.NextStep.Kind, text = p.NextStep.Text, topic = p.NextStep.Topic, scenarioId = p.NextStep.ScenarioId },
            lastTrainingAt = p.LastTrainingAt,
        }),
        overdueChecks = d.OverdueChecks,
    };

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
