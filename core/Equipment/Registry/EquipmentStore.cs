using Azure;
using DrillPlatform.Core.Equipment.Definitions;

namespace DrillPlatform.Core.Equipment.Registry;

/// <summary>
/// Table {prefix}Equipment: PartitionKey = site id, RowKey = equipment id. A site's registry is tens
/// to hundreds of rows that the daily scheduler reads whole, so one partition per site serves it.
/// </summary>
public sealed class EquipmentStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, EquipmentTables.Equipment);

    public async Task UpsertAsync(EquipmentItem item, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await client.UpsertEntityAsync(EquipmentEntity.From(item), TableUpdateMode.Replace, ct);
    }

    /// <returns>false when the item was already registered (it is left as it is).</returns>
    public async Task<bool> AddIfAbsentAsync(EquipmentItem item, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.AddEntityAsync(EquipmentEntity.From(item), ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    public async Task<EquipmentItem?> GetAsync(string site, string id, CancellationToken ct = default)
    {
        if (!TableKey.CanExist(site, id)) return null;
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(site, id, cancellationToken: ct);
        return found.HasValue ? EquipmentEntity.ToItem(found.Value!) : null;
    }

    public async Task<IReadOnlyList<EquipmentItem>> ListAsync(string site, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var items = new List<EquipmentItem>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == site, cancellationToken: ct))
            items.Add(EquipmentEntity.ToItem(e));
        return items;
    }

    /// <summary>Moves the paper-tag dates forward after a check; a merge, so a concurrent import of other columns is kept.</summary>
    public async Task RecordDoneAsync(string site, string id, CheckType type, DateOnly date, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var column = type == CheckType.Maintenance ? "LastMaintenance" : "LastCheck";
        try
        {
            await client.UpdateEntityAsync(new TableEntity(site, id) { [column] = Dates.Format(date) }, ETag.All, TableUpdateMode.Merge, ct);
        }
        catch (RequestFailedException e) when (e.IsNotFound())
        {
            // The item left the registry while its check was open; the check record itself is kept.
        }
    }
}
