using Azure;

namespace DrillPlatform.Core.Drills.Storage;

/// <summary>
/// Table {prefix}DrillSchedules. PartitionKey = "schedule", RowKey = schedule id. A site has tens of
/// schedules, written when a trainer saves one and read whole by the daily planner, so one
/// partition serves the only query there is.
/// </summary>
public sealed class ScheduleStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, DrillTables.Schedules);

    /// <returns>false when a schedule with that id already exists.</returns>
    public async Task<bool> CreateAsync(DrillSchedule schedule, CancellationToken ct = default)
    {
        var errors = schedule.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid schedule: " + string.Join("; ", errors), nameof(schedule));
        var client = await table.ClientAsync(ct);
        try
        {
            await client.AddEntityAsync(ScheduleEntity.From(schedule), ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    public async Task<DrillSchedule?> GetAsync(string id, CancellationToken ct = default)
    {
        if (!TableKey.CanExist(id)) return null;
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(ScheduleEntity.Partition, id, cancellationToken: ct);
        return found.HasValue ? ScheduleEntity.ToSchedule(found.Value!) : null;
    }

    public async Task<IReadOnlyList<DrillSchedule>> ListAsync(CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var schedules = new List<DrillSchedule>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == ScheduleEntity.Partition, cancellationToken: ct))
            schedules.Add(ScheduleEntity.ToSchedule(e));
        return schedules.OrderBy(s => s.CreatedAt).ToList();
    }

    /// <returns>false when there was no such schedule. Its planned drills are cancelled by DrillStore.CancelPlannedAsync.</returns>
    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        if (!TableKey.CanExist(id)) return false;
        var client = await table.ClientAsync(ct);
        var response = await client.DeleteEntityAsync(ScheduleEntity.Partition, id, ETag.All, ct);
        return response.Status != 404;
    }
}
