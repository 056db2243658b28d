using Azure;

namespace DrillPlatform.Core.Equipment.Tasks;

/// <summary>
/// Table {prefix}CheckTasks holds two kinds of row:
/// - "e:{site}|{equipmentId}" / "{checkId}|{yyyy-MM-dd}|{followUp:00}": the task, later the record of
///   the completed check. One partition per item, so an item's history (the API's records list and
///   the scheduler's look at a series) is one partition read. Every change is a conditional write:
///   insert-if-absent to open, If-Match ETag to climb a rung or complete.
/// - "open" / "{taskId}": a copy of each open task, so the hourly escalation, "checks" and "overdue"
///   read one small partition. Written after the task and removed after completion; a crash in
///   between leaves a copy that the next read notices (it always re-reads the task) and removes.
/// </summary>
public sealed class CheckTaskStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private const string OpenPartition = "open";
    private readonly StoreTable table = new(service, options, EquipmentTables.CheckTasks);

    /// <returns>true when this call opened the task; false when it already existed (open or done).</returns>
    public async Task<bool> AddAsync(CheckTask task, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var added = true;
        try
        {
            await client.AddEntityAsync(CheckTaskEntity.From(task, Partition(task), Row(task)), ct);
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            added = false;
        }
        // On a duplicate too: an earlier attempt may have stopped before writing the open copy.
        if (await GetAsync(task.Id, ct) is { Status: CheckStatus.Open } stored)
            await client.UpsertEntityAsync(CheckTaskEntity.From(stored, OpenPartition, stored.Id), TableUpdateMode.Replace, ct);
        return added;
    }

    public async Task<CheckTask?> GetAsync(string taskId, CancellationToken ct = default)
    {
        if (!CheckTaskId.TryParse(taskId, out var id)) return null;
        var (partition, row) = (CheckTaskEntity.Partition(id.Site, id.EquipmentId), CheckTaskEntity.Row(id.CheckId, id.Due, id.FollowUp));
        if (!TableKey.CanExist(partition, row)) return null;
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: ct);
        return found.HasValue ? CheckTaskEntity.ToTask(found.Value!) : null;
    }

    /// <summary>An item's scheduled checks of one definition, oldest first (follow-ups left out).</summary>
    public async Task<IReadOnlyList<CheckTask>> ListSeriesAsync(string site, string equipmentId, string checkId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var partition = CheckTaskEntity.Partition(site, equipmentId);
        var (from, to) = ($"{checkId}|", $"{checkId}}}");
        var tasks = new List<CheckTask>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == partition && x.RowKey.CompareTo(from) >= 0 && x.RowKey.CompareTo(to) < 0, cancellationToken: ct))
            tasks.Add(CheckTaskEntity.ToTask(e));
        return tasks.Where(t => !t.IsFollowUp).OrderBy(t => t.DueDate).ToList();
    }

    /// <summary>An item's scheduled checks of one definition due in [from, to], oldest first (follow-ups left out): one key range, whatever the item's history.</summary>
    public async Task<IReadOnlyList<CheckTask>> ListPeriodAsync(string site, string equipmentId, string checkId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var partition = CheckTaskEntity.Partition(site, equipmentId);
        var (low, high) = ($"{checkId}|{Dates.Format(from)}", $"{checkId}|{Dates.Format(to)}|~");
        var tasks = new List<CheckTask>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == partition && x.RowKey.CompareTo(low) >= 0 && x.RowKey.CompareTo(high) < 0, cancellationToken: ct))
            tasks.Add(CheckTaskEntity.ToTask(e));
        return tasks.Where(t => !t.IsFollowUp).OrderBy(t => t.DueDate).ToList();
    }

    /// <summary>Every check of an item, follow-ups included, newest first: the item's inspection tag.</summary>
    public async Task<IReadOnlyList<CheckTask>> ListForEquipmentAsync(string site, string equipmentId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var partition = CheckTaskEntity.Partition(site, equipmentId);
        var tasks = new List<CheckTask>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: ct))
            tasks.Add(CheckTaskEntity.ToTask(e));
        return tasks.OrderByDescending(t => t.DueDate).ThenByDescending(t => t.FollowUp).ToList();
    }

    /// <summary>Open tasks, read fresh (with their ETag) from the task rows; copies of finished tasks are removed.</summary>
    public async Task<IReadOnlyList<CheckTask>> ListOpenAsync(CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var open = new List<CheckTask>();
        await foreach (var copy in client.QueryAsync<TableEntity>(x => x.PartitionKey == OpenPartition, cancellationToken: ct))
        {
            var task = await GetAsync(copy.RowKey, ct);
            if (task is { Status: CheckStatus.Open }) open.Add(task);
            else await client.DeleteEntityAsync(OpenPartition, copy.RowKey, ETag.All, ct);
        }
        return open.OrderBy(t => t.DueDate).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes a changed task only if nobody changed it since it was read (its Version).</summary>
    /// <returns>false when another writer got there first; re-read and decide again.</returns>
    public async Task<bool> TryReplaceAsync(CheckTask next, CancellationToken ct = default)
    {
        if (next.Version is null) throw new ArgumentException("Only a task read from the store can be replaced (it has no Version).", nameof(next));
        var client = await table.ClientAsync(ct);
        try
        {
            await client.UpdateEntityAsync(CheckTaskEntity.From(next, Partition(next), Row(next)), new ETag(next.Version), TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException e) when (e.IsStaleETag() || e.IsNotFound())
        {
            return false;
        }
        if (next.Status == CheckStatus.Completed)
            await client.DeleteEntityAsync(OpenPartition, next.Id, ETag.All, ct);
        else
            await client.UpsertEntityAsync(CheckTaskEntity.From(next, OpenPartition, next.Id), TableUpdateMode.Replace, ct);
        return true;
    }

    private static string Partition(CheckTask t) => CheckTaskEntity.Partition(t.Site, t.EquipmentId);

    private static string Row(CheckTask t) => CheckTaskEntity.Row(t.CheckId, t.DueDate, t.FollowUp);
}
