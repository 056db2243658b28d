using Azure;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Storage;

/// <summary>
/// Weekly department snapshots, table {prefix}ReadinessSnapshots: PartitionKey = department
/// (escaped), RowKey = "{weekStart yyyy-MM-dd}|{role}" (role "" = the whole department). A
/// snapshot is insert-if-absent, so a timer that fires twice, or two instances, write it once.
/// History of a department is one partition range query. Reports read it with <see cref="ListAsync"/>.
/// </summary>
public sealed class ReadinessSnapshotStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, ReadinessTables.Snapshots);

    /// <returns>false when the snapshot of that week and role already exists.</returns>
    public async Task<bool> TryAddAsync(DepartmentSnapshot s, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var entity = new TableEntity(ReadinessTables.Department(s.Department), Row(s.WeekStart, s.Role))
        {
            ["Department"] = s.Department, ["Role"] = s.Role, ["WeekStart"] = Week(s.WeekStart), ["Score"] = s.Score,
            ["People"] = s.People, ["Ready"] = s.Ready, ["AtRisk"] = s.AtRisk, ["NotReady"] = s.NotReady, ["TakenAt"] = s.TakenAt,
        };
        try
        {
            await client.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    /// <summary>The department's snapshots for <paramref name="role"/> ("" = everyone) from <paramref name="fromWeek"/> on, oldest first.</summary>
    public async Task<IReadOnlyList<DepartmentSnapshot>> ListAsync(string department, string role, DateOnly fromWeek, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReadinessTables.Department(department)} and RowKey ge {Week(fromWeek)}");
        var list = new List<DepartmentSnapshot>();
        await foreach (var e in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            if (e.GetString("Role") == role) list.Add(FromEntity(e));
        return list.OrderBy(s => s.WeekStart).ToList();
    }

    private static string Row(DateOnly week, string role) => $"{Week(week)}|{Uri.EscapeDataString(role)}";

    private static string Week(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DepartmentSnapshot FromEntity(TableEntity e) => new(
        e.GetString("Department") ?? "",
        e.GetString("Role") ?? "",
        DateOnly.ParseExact(e.GetString("WeekStart") ?? "0001-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.GetInt32("Score") ?? 0,
        e.GetInt32("People") ?? 0,
        e.GetInt32("Ready") ?? 0,
        e.GetInt32("AtRisk") ?? 0,
        e.GetInt32("NotReady") ?? 0,
        e.GetDateTimeOffset("TakenAt") ?? DateTimeOffset.MinValue);
}
