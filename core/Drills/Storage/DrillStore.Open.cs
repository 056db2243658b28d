using Azure;

namespace DrillPlatform.Core.Drills.Storage;

// The "open" index: one row per launched drill until its summary is out, carrying the summary's
// claim. A drill is listed from launch through its close, so escalation and closing never scan the
// month partitions.
public sealed partial class DrillStore
{
    private const string SummaryClaim = "SummaryClaim";
    private const string SummaryClaimedAt = "SummaryClaimedAt";

    /// <summary>Launched drills, and closed ones whose summary is not out yet, read fresh with their ETag.</summary>
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
    /// The summary's claim, written If-Match on the drill's open row, so one caller holds it at a
    /// time. A claim older than <paramref name="staleBefore"/> belongs to a closer that stopped (or lost
    /// storage) before it sent, and is taken over. The row goes once the summary is out
    /// (<see cref="CompleteSummaryAsync"/>); a drill without it has had its summary.
    /// </summary>
    /// <returns>true for the one caller whose claim is written.</returns>
    public async Task<bool> TryClaimSummaryAsync(string drillId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(DrillEntity.OpenPartition, drillId, cancellationToken: ct);
        if (!found.HasValue) return false;
        var row = found.Value!;
        if (row.GetDateTimeOffset(SummaryClaimedAt) is { } claimed && claimed >= staleBefore) return false;
        var token = Guid.NewGuid().ToString("N");
        row[SummaryClaim] = token;
        row[SummaryClaimedAt] = now;
        try
        {
            await client.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsStaleETag() || e.IsNotFound())
        {
            // Someone else's claim, or ours: when the write was done but its answer lost, the client's
            // retry finds the ETag it changed itself. The token tells.
            var again = await client.GetEntityIfExistsAsync<TableEntity>(DrillEntity.OpenPartition, drillId, cancellationToken: ct);
            return again.HasValue && again.Value!.GetString(SummaryClaim) == token;
        }
    }

    /// <summary>The summary is out: the drill leaves the open list. Doing it again is harmless.</summary>
    public async Task CompleteSummaryAsync(string drillId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.DeleteEntityAsync(DrillEntity.OpenPartition, drillId, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.IsNotFound())
        {
        }
    }

    private static Task AddOpenAsync(TableClient client, Drill drill, CancellationToken ct) =>
        client.UpsertEntityAsync(new TableEntity(DrillEntity.OpenPartition, drill.Id) { ["LaunchedAt"] = drill.LaunchedAt }, TableUpdateMode.Replace, ct);
}
