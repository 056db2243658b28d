using DrillPlatform.Core.Api;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Core.Equipment.Api;

/// <summary>GET /api/checks?status=overdue|open: the site's open checks, or only the overdue ones. The gate (ChecksApi) has checked the caller.</summary>
public sealed class ChecksQueryHandler(CheckTaskStore tasks, CheckCatalog catalog, CheckRungs rungs, IOptions<CheckOptions> options, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Statuses = ["overdue", "open"];

    public async Task<ApiResult> GetAsync(string? status, CancellationToken ct = default)
    {
        var wanted = status?.Trim().ToLowerInvariant();
        if (wanted is null || !Statuses.Contains(wanted))
            return ApiResult.BadRequest([new ApiError("status", $"must be one of: {string.Join(", ", Statuses)} (got '{status}')")]);

        var now = time.GetUtcNow();
        var open = await tasks.ListOpenAsync(ct);
        var shown = wanted == "overdue" ? open.Where(t => EscalationLadder.IsOverdue(t, options.Value, now)) : open;
        return ApiResult.Ok(shown.Select(t => new OverdueCheckView(t.Id, t.EquipmentId, t.CheckId, catalog.Get(t.CheckId)?.Title.En ?? t.CheckId,
            Dates.Format(t.DueDate)!, rungs.DaysOverdue(t, now), t.OpenedAt, t.Department, t.Responsible, t.Deputy,
            t.Rungs.Keys.Where(r => r != EscalationRung.Assigned).Select(r => r.ToString()).ToList())).ToList());
    }
}
