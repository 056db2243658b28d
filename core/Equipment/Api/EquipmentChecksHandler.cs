namespace DrillPlatform.Core.Equipment.Api;

/// <summary>GET /api/equipment/{id}/checks: every check of one item, newest first. Trainers and managers only.</summary>
public sealed class EquipmentChecksHandler(EquipmentStore equipment, CheckTaskStore tasks, CheckCatalog catalog, SiteClockProvider clocks)
{
    public async Task<(int Status, object? Body)> GetAsync(ApiCaller caller, string equipmentId, CancellationToken ct = default)
    {
        if (!CheckPeople.MaySeeOverdue(caller.Roles))
            return (403, new ApiError("Only trainers and managers may read check records."));
        var id = (equipmentId ?? "").Trim().ToLowerInvariant();
        if (id.Length == 0 || await equipment.GetAsync(clocks.SiteId, id, ct) is not { } item)
            return (404, new ApiError($"No equipment '{equipmentId}' at site '{clocks.SiteId}'.", "id"));
        var records = (await tasks.ListForEquipmentAsync(item.Site, item.Id, ct))
            .Select(t => CheckRecordView.From(t, catalog.Get(t.CheckId)))
            .ToList();
        return (200, new { equipment = item, checks = records });
    }
}
