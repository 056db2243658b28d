using Azure;

namespace DrillPlatform.Core.Drills.Storage;

/// <summary>
/// Table {prefix}Drills holds three kinds of row:
/// - "d:{drillId}" / "": the drill itself. Every state change is a conditional write on this row
///   (insert-if-absent to plan, If-Match ETag to launch, close or cancel), one partition per drill.
/// - "m:{department}|{yyyy-MM}" / drillId: a copy for reports and the planner's gap check, which read
///   one department's month at a time. Written after the drill row; a crash in between leaves the
///   copy one state behind until the next change.
/// - "due" / "{plannedTicks}|{drillId}": drills waiting to launch, so the launcher's every-minute query
///   is a short range read. Rows leave when the drill's fan-out is done or it is cancelled; a row whose
///   drill is Launched marks a fan-out that did not finish.
/// - "open" / drillId: launched drills whose summary is not sent yet, so EscalateAndClose's
///   every-minute query reads a handful of rows (see DrillStore.Open.cs).
/// </summary>
public sealed partial class DrillStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, DrillTables.Drills);

    /// <returns>true when this call planned the drill; false when a drill with its id already existed.</returns>
    public async Task<bool> AddPlannedAsync(Drill drill, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var added = true;
        try
        {
            await client.AddEntityAsync(DrillEntity.From(drill with { Status = DrillStatus.Planned }, DrillEntity.Partition(drill.Id), ""), ct);
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            added = false;
        }
        // Re-run on a duplicate too: an earlier attempt may have stopped before writing the index rows.
        var stored = await GetAsync(drill.Id, ct);
        if (stored is { Status: DrillStatus.Planned })
        {
            await client.UpsertEntityAsync(DrillEntity.From(stored, DrillEntity.DuePartition, DrillEntity.DueRow(stored)), TableUpdateMode.Replace, ct);
            await MirrorAsync(client, stored, ct);
        }
        return added;
    }

    public async Task<Drill?> GetAsync(string id, CancellationToken ct = default)
    {
        if (!TableKey.CanExist(id)) return null;
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(DrillEntity.Partition(id), "", cancellationToken: ct);
        return found.HasValue ? DrillEntity.ToDrill(found.Value!) : null;
    }

    /// <summary>
    /// Drills whose time has come, read fresh (with their ETag) from the drill rows: Planned ones to
    /// claim, and Launched ones whose fan-out did not finish (their due row is still there).
    /// </summary>
    public async Task<IReadOnlyList<Drill>> ListDueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var upTo = DrillEntity.DueUpTo(now);
        var due = new List<Drill>();
        await foreach (var row in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {DrillEntity.DuePartition} and RowKey le {upTo}"), cancellationToken: ct))
        {
            var drill = await GetAsync(EntityValues.Required(row, "DrillId"), ct);
            if (drill is { Status: DrillStatus.Planned or DrillStatus.Launched }) due.Add(drill);
            else if (drill is null or { Status: DrillStatus.Closed or DrillStatus.Cancelled })
                await client.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct);
        }
        return due;
    }

    /// <summary>The exactly-once launch: Planned to Launched only if nobody changed the row since it was read.</summary>
    /// <returns>false for every caller but the one whose write won.</returns>
    public Task<bool> TryClaimLaunchAsync(Drill drill, DateTimeOffset now, CancellationToken ct = default) =>
        TransitionAsync(drill, DrillStatus.Planned, drill with { Status = DrillStatus.Launched, LaunchedAt = now }, ct);

    public Task<bool> CloseAsync(Drill drill, DateTimeOffset now, CancellationToken ct = default) =>
        TransitionAsync(drill, DrillStatus.Launched, drill with { Status = DrillStatus.Closed, ClosedAt = now }, ct);

    /// <returns>false when the drill is unknown or no longer planned (a launched drill runs to its close).</returns>
    public async Task<bool> CancelAsync(string id, DateTimeOffset now, CancellationToken ct = default)
    {
        var drill = await GetAsync(id, ct);
        if (drill is null || !await TransitionAsync(drill, DrillStatus.Planned, drill with { Status = DrillStatus.Cancelled, ClosedAt = now }, ct))
            return false;
        await RemoveFromDueAsync(drill, ct);
        return true;
    }

    /// <summary>Cancels every still-planned drill of a schedule, e.g. when the trainer deletes it.</summary>
    public async Task<int> CancelPlannedAsync(string scheduleId, DateTimeOffset now, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var ids = new List<string>();
        await foreach (var row in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {DrillEntity.DuePartition} and ScheduleId eq {scheduleId}"), cancellationToken: ct))
            ids.Add(EntityValues.Required(row, "DrillId"));
        var cancelled = 0;
        foreach (var id in ids)
            if (await CancelAsync(id, now, ct)) cancelled++;
        return cancelled;
    }

    /// <summary>
    /// A resumed launch writes again what the claim writes after the drill row (month copy, open
    /// row): both are upserts, so a claim that stopped between its writes leaves nothing behind.
    /// </summary>
    public async Task EnsureLaunchIndexesAsync(Drill drill, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await MirrorAsync(client, drill, ct);
        await AddOpenAsync(client, drill, ct);
    }

    /// <summary>Called once the launch's fan-out is written, so the drill stops being due.</summary>
    public async Task RemoveFromDueAsync(Drill drill, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await client.DeleteEntityAsync(DrillEntity.DuePartition, DrillEntity.DueRow(drill), ETag.All, ct);
    }

    /// <summary>Writes the month copy again from the drill's state: a transition whose answer was lost did not get to it.</summary>
    public async Task RefreshMonthCopyAsync(Drill drill, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await MirrorAsync(client, drill, ct);
    }

    public async Task<IReadOnlyList<Drill>> ListByDepartmentMonthAsync(string department, int year, int month, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var partition = DrillEntity.MonthPartition(department, new DateOnly(year, month, 1));
        var drills = new List<Drill>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: ct))
            drills.Add(DrillEntity.ToDrill(e) with { Version = null });
        return drills.OrderBy(d => d.PlannedAt).ToList();
    }

    /// <summary>A department's drills in the months touching [date - daysBefore, date + daysAfter].</summary>
    public async Task<IReadOnlyList<Drill>> ListAroundAsync(string department, DateOnly date, int daysBefore, int daysAfter, CancellationToken ct = default)
    {
        var (from, to) = (date.AddDays(-daysBefore), date.AddDays(daysAfter));
        var drills = new List<Drill>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
            drills.AddRange(await ListByDepartmentMonthAsync(department, m.Year, m.Month, ct));
        return drills.Where(d => d.LocalDate >= from && d.LocalDate <= to).ToList();
    }

    private async Task<bool> TransitionAsync(Drill current, DrillStatus from, Drill next, CancellationToken ct)
    {
        if (current.Status != from || current.Version is null) return false;
        var client = await table.ClientAsync(ct);
        try
        {
            await client.UpdateEntityAsync(DrillEntity.From(next, DrillEntity.Partition(next.Id), ""), new ETag(current.Version), TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException e) when (e.IsStaleETag() || e.IsNotFound())
        {
            return false;
        }
        await MirrorAsync(client, next, ct);
        if (next.Status == DrillStatus.Launched) await AddOpenAsync(client, next, ct);
        return true;
    }

    private static Task MirrorAsync(TableClient client, Drill drill, CancellationToken ct) =>
        client.UpsertEntityAsync(DrillEntity.From(drill, DrillEntity.MonthPartition(drill.Department, drill.LocalDate), drill.Id), TableUpdateMode.Replace, ct);
}
