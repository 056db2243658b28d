using System.Text.Json;

namespace DrillPlatform.Core.Reports.Review;

/// <summary>Table {prefix}DrillFindings: PartitionKey = drill id, RowKey = finding id. A drill's findings are one partition read.</summary>
public sealed class FindingStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, ReportTables.Findings);

    public async Task AddAsync(Finding finding, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await client.AddEntityAsync(new TableEntity(finding.DrillId, finding.Id) { ["Finding"] = JsonSerializer.Serialize(finding, ReportJson.Options) }, ct);
    }

    public async Task<IReadOnlyList<Finding>> ListAsync(string drillId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var list = new List<Finding>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == drillId, cancellationToken: ct))
            list.Add(JsonSerializer.Deserialize<Finding>(e.GetString("Finding")!, ReportJson.Options)!);
        return list.OrderBy(f => f.CreatedAt).ToList();
    }
}
