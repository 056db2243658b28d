using DrillPlatform.Core.Api;
using DrillPlatform.Core.Api.Views;
using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Storage;
using DrillPlatform.Core.Reports.Records;

namespace DrillPlatform.Core.Reports.Review;

/// <summary>Reads a drill's review: its record (keyed by department and launch, from the drill row), findings and corrective actions.</summary>
public sealed class DrillReviews(DrillStore drills, DrillRecordStore records, FindingStore findings, CorrectiveActionStore actions, Citations citations)
{
    public Task<Drill?> DrillAsync(string? id, CancellationToken ct) =>
        System.Text.RegularExpressions.Regex.IsMatch(id ?? "", "^[A-Za-z0-9-]{1,128}$") ? drills.GetAsync(id!, ct) : Task.FromResult<Drill?>(null);

    public async Task<DrillRecord?> RecordAsync(Drill drill, CancellationToken ct) =>
        drill is { Status: DrillStatus.Closed, LaunchedAt: { } launched } ? await records.GetAsync(drill.Department, launched, drill.Id, ct) : null;

    public Task<IReadOnlyList<Finding>> FindingsAsync(string drillId, CancellationToken ct) => findings.ListAsync(drillId, ct);

    public async Task<DrillReviewView?> GetAsync(Drill drill, CancellationToken ct)
    {
        if (await RecordAsync(drill, ct) is not { } record) return null;
        var actionsOfDrill = (await actions.ListDepartmentAsync(drill.Department, ct)).Where(a => a.DrillId == drill.Id).OrderBy(a => a.CreatedAt).ToList();
        return DrillReviewView.From(record, citations, await findings.ListAsync(drill.Id, ct), actionsOfDrill);
    }
}
