using DrillPlatform.Core.Api;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Core.Equipment.Api;

/// <summary>GET /api/equipment/{id}/checks: every check of one item, newest first. The gate (ChecksApi) has checked the caller.</summary>
public sealed class EquipmentChecksHandler(EquipmentStore equipment, CheckTaskStore tasks, CheckCatalog catalog, SiteClockProvider clocks)
{
    public async Task<ApiResult> GetAsync(string equipmentId, CancellationToken ct = default)
    {
        var id = (equipmentId ?? "").Trim().ToLowerInvariant();
        if (id.Length == 0 || await equipment.GetAsync(clocks.SiteId, id, ct) is not { } item)
            return ApiResult.NotFound($"No equipment '{equipmentId}' at site '{clocks.SiteId}'.");
        var records = (await tasks.ListForEquipmentAsync(item.Site, item.Id, ct))
            .Select(t => CheckRecordView.From(t, catalog.Get(t.CheckId)))
            .ToList();
        return ApiResult.Ok(new { equipment = item, checks = records });
    }
}
