using Azure;

namespace DrillPlatform.Core.Drills.Storage;

// The "open" index: one row per launched drill until its summary is claimed. A drill is listed
// from launch through its close, so escalation and closing never scan the month partitions.
public sealed partial class DrillStore
{
    /// <summary>Launched drills, and closed ones whose summary has not been claimed yet, read fresh with their ETag.</summary>
    public async Task<IReadOnlyList<Drill>> ListOpenAsync(CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var open = new List<Drill>();
        await foreach (var row in client.QueryAsync<TableEntity>(x => x.PartitionKey == DrillEntity.OpenPartition, cancellationToken: ct))
        {
            var drill = await GetAsync(row.RowKey, ct);
            if (drill is { Status: DrillStatus.Launched or DrillStatus.Closed }) open.Add(drill);
            else await client.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct);
        }
        return open;
    }

    /// <summary>
    /// The summary's exactly-once claim: deleting the drill's open row succeeds for one caller only
    /// (everyone else gets 404). Call it after the drill is Closed and its scores are written.
    /// </summary>
    public async Task<bool> TryClaimSummaryAsync(string drillId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            var response = await client.DeleteEntityAsync(DrillEntity.OpenPartition, drillId, ETag.All, ct);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.IsNotFound())
        {
            return false;
        }
    }

    private static Task AddOpenAsync(TableClient client, Drill drill, CancellationToken ct) =>
        client.UpsertEntityAsync(new TableEntity(DrillEntity.OpenPartition, drill.Id) { ["LaunchedAt"] = drill.LaunchedAt }, TableUpdateMode.Replace, ct);
}
