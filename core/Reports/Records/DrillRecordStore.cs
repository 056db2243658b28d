using System.Text.Json;
using Azure;

namespace DrillPlatform.Core.Reports.Records;

/// <summary>
/// Table {prefix}DrillRecords: PartitionKey = department (escaped), RowKey = "{launch UTC ticks:D19}|{drillId}".
/// One row per drill, so a department's drills in a period are one partition range read (the
/// compliance matrix), and one drill is a point read once its launch is known (from the drill row).
/// The record itself is one JSON column; insert-if-absent makes it written once.
/// </summary>
public sealed class DrillRecordStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private static readonly JsonSerializerOptions Json = ReportJson.Options;
    private readonly StoreTable table = new(service, options, ReportTables.DrillRecords);

    /// <returns>false when the drill already has its record (a second close run).</returns>
    public async Task<bool> TryAddAsync(DrillRecord record, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var entity = new TableEntity(ReportTables.Department(record.Department), Row(record.LaunchedAt, record.DrillId))
        {
            ["DrillId"] = record.DrillId,
            ["ScenarioId"] = record.ScenarioId,
            ["LaunchedAt"] = record.LaunchedAt,
            ["Record"] = JsonSerializer.Serialize(record, Json),
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

    public async Task<DrillRecord?> GetAsync(string department, DateTimeOffset launchedAt, string drillId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(ReportTables.Department(department), Row(launchedAt, drillId), cancellationToken: ct);
        return found.HasValue ? Read(found.Value!) : null;
    }

    /// <summary>The department's drills launched in [from, to), oldest first.</summary>
    public async Task<IReadOnlyList<DrillRecord>> ListAsync(string department, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ReportTables.Department(department)} and RowKey ge {Ticks(from)} and RowKey lt {Ticks(to)}");
        var list = new List<DrillRecord>();
        await foreach (var e in client.QueryAsync<TableEntity>(filter, select: ["Record"], cancellationToken: ct))
            list.Add(Read(e));
        return list;
    }

    private static string Row(DateTimeOffset launchedAt, string drillId) => $"{Ticks(launchedAt)}|{drillId}";

    private static string Ticks(DateTimeOffset t) => t.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    private static DrillRecord Read(TableEntity e) =>
        JsonSerializer.Deserialize<DrillRecord>(e.GetString("Record") ?? throw new InvalidDataException($"Record is missing in {e.PartitionKey}/{e.RowKey}"), Json)!;
}
