using System.Text.Json;
using Azure;

namespace DrillPlatform.Core.Reports.Review;

/// <summary>
/// Table {prefix}CorrectiveActions holds two kinds of row:
/// - "{department}" (escaped) / action id: the action. A department's actions are one partition
///   read (the review, the compliance matrix); every change is an If-Match write on this row.
/// - "id" / action id: which department holds the action, so a close by id is two point reads.
/// - "open" / "{department}|{action id}": an index of open actions, so the daily escalation reads
///   one small partition. Written after the action and removed when it closes; a copy whose action
///   is closed is removed by the next read.
/// </summary>
public sealed class CorrectiveActionStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private const string OpenPartition = "open";
    private const string IdPartition = "id";
    private readonly StoreTable table = new(service, options, ReportTables.CorrectiveActions);

    /// <returns>The action as stored, with its Version.</returns>
    public async Task<CorrectiveAction> AddAsync(CorrectiveAction action, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var added = await client.AddEntityAsync(Entity(action), ct);
        await client.UpsertEntityAsync(new TableEntity(IdPartition, action.Id) { ["Department"] = action.Department }, TableUpdateMode.Replace, ct);
        await client.UpsertEntityAsync(new TableEntity(OpenPartition, OpenRow(action)) { ["Department"] = action.Department, ["ActionId"] = action.Id }, TableUpdateMode.Replace, ct);
        return action with { Version = added.Headers.ETag?.ToString() };
    }

    public async Task<CorrectiveAction?> GetAsync(string department, string id, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(ReportTables.Department(department), id, cancellationToken: ct);
        return found.HasValue ? Read(found.Value!) : null;
    }

    public async Task<CorrectiveAction?> FindAsync(string id, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var index = await client.GetEntityIfExistsAsync<TableEntity>(IdPartition, id, cancellationToken: ct);
        return index.HasValue ? await GetAsync(index.Value!.GetString("Department") ?? "", id, ct) : null;
    }

    public async Task<IReadOnlyList<CorrectiveAction>> ListDepartmentAsync(string department, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var partition = ReportTables.Department(department);
        var list = new List<CorrectiveAction>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: ct))
            list.Add(Read(e));
        return list.OrderBy(a => a.CreatedAt).ToList();
    }

    /// <summary>Open actions, read fresh from their rows; index rows of closed or missing actions are removed.</summary>
    public async Task<IReadOnlyList<CorrectiveAction>> ListOpenAsync(CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var open = new List<CorrectiveAction>();
        await foreach (var copy in client.QueryAsync<TableEntity>(x => x.PartitionKey == OpenPartition, cancellationToken: ct))
        {
            var action = await GetAsync(copy.GetString("Department") ?? "", copy.GetString("ActionId") ?? "", ct);
            if (action is { Status: CorrectiveActionStatus.Open }) open.Add(action);
            else await client.DeleteEntityAsync(OpenPartition, copy.RowKey, ETag.All, ct);
        }
        return open.OrderBy(a => a.DueDate).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
    }

    /// <returns>false when someone changed the action since it was read (re-read and decide again).</returns>
    public async Task<bool> TryReplaceAsync(CorrectiveAction next, CancellationToken ct = default)
    {
        if (next.Version is null) throw new ArgumentException("Only an action read from the store can be replaced.", nameof(next));
        var client = await table.ClientAsync(ct);
        try
        {
            await client.UpdateEntityAsync(Entity(next), new ETag(next.Version), TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException e) when (e.IsStaleETag() || e.IsNotFound())
        {
            return false;
        }
        if (next.Status == CorrectiveActionStatus.Closed)
            await client.DeleteEntityAsync(OpenPartition, OpenRow(next), ETag.All, ct);
        return true;
    }

    private static string OpenRow(CorrectiveAction a) => $"{ReportTables.Department(a.Department)}|{a.Id}";

    private static TableEntity Entity(CorrectiveAction a) => new(ReportTables.Department(a.Department), a.Id)
    {
        ["Status"] = a.Status.ToString(),
        ["Action"] = JsonSerializer.Serialize(a with { Version = null }, ReportJson.Options),
    };

    private static CorrectiveAction Read(TableEntity e) =>
        JsonSerializer.Deserialize<CorrectiveAction>(e.GetString("Action")!, ReportJson.Options)! with { Version = e.ETag.ToString() };
}
