using Azure;
using DrillPlatform.Core.Readiness.Storage;

namespace DrillPlatform.Core.Readiness.Sending;

public enum SendState { Queued, Sending, Sent }

/// <summary>
/// Who was sent what readiness message in which period, table {prefix}ReadinessSends:
/// PartitionKey = "{kind}|{period}" (digest|2026-11-30 for a week, nudge|2026-12-02 for a day),
/// RowKey = person. The row is the exactly-once gate: inserted if absent by whoever may send, then
/// moved Queued → Sending → Sent by If-Match writes, so racing timers, instances or clicks send once.
/// </summary>
public sealed class ReadinessSendStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, ReadinessTables.Sends);

    /// <returns>false when the person already has a row for this kind and period.</returns>
    public async Task<bool> TryAddAsync(string kind, string period, string personId, SendState state, DateTimeOffset at, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.AddEntityAsync(new TableEntity(Partition(kind, period), ReadinessTables.Person(personId))
            {
                ["State"] = state.ToString(), ["At"] = at,
            }, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    public async Task<SendState?> GetAsync(string kind, string period, string personId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(Partition(kind, period), ReadinessTables.Person(personId), cancellationToken: ct);
        return found.HasValue ? Enum.Parse<SendState>(found.Value!.GetString("State") ?? nameof(SendState.Queued)) : null;
    }

    /// <returns>true for the one caller that moved the row from <paramref name="from"/> to <paramref name="to"/>.</returns>
    public async Task<bool> TryMoveAsync(string kind, string period, string personId, SendState from, SendState to, DateTimeOffset at, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(Partition(kind, period), ReadinessTables.Person(personId), cancellationToken: ct);
        if (!found.HasValue || found.Value!.GetString("State") != from.ToString()) return false;
        var row = found.Value!;
        row["State"] = to.ToString();
        row["At"] = at;
        try
        {
            await client.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsStaleETag())
        {
            return false;
        }
    }

    public async Task DeleteAsync(string kind, string period, string personId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try { await client.DeleteEntityAsync(Partition(kind, period), ReadinessTables.Person(personId), ETag.All, ct); }
        catch (RequestFailedException e) when (e.IsNotFound()) { }
    }

    private static string Partition(string kind, string period) => $"{kind}|{period}";
}
