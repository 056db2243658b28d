using Azure.Data.Tables;
using DrillPlatform.Core.Content;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Roster;

/// <summary>
/// Table {prefix}Roster. Key layout: PartitionKey = objectId (lower-case GUID), RowKey = "".
/// Teams hands us from.aadObjectId on every message, so that lookup is a point read and no
/// partition is hot during a drill. Each person is one entity in its own partition, so an upsert
/// is atomic on its own (no cross-partition batches are possible, none are needed). Listing by
/// department and finding by email are filtered scans: a records department's roster is
/// hundreds of rows and those queries serve reports and imports, not the message path.
/// </summary>
public sealed class RosterStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private const string Row = "";
    private readonly StoreTable table = new(service, options, TableNames.Roster);

    public async Task UpsertAsync(StaffMember person, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await client.UpsertEntityAsync(RosterEntity.From(person), TableUpdateMode.Replace, ct);
    }

    public async Task<StaffMember?> GetAsync(string objectId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(RosterEntity.Key(objectId), Row, cancellationToken: ct);
        return found.HasValue ? RosterEntity.ToStaff(found.Value!) : null;
    }

    public async Task<StaffMember?> FindByEmailAsync(string email, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var filter = TableClient.CreateQueryFilter($"EmailKey eq {RosterEntity.EmailKey(email)}");
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            return RosterEntity.ToStaff(entity);
        return null;
    }

    public async Task<IReadOnlyList<StaffMember>> ListAsync(string? department = null, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var filter = department is null ? null : TableClient.CreateQueryFilter($"Department eq {department}");
        var people = new List<StaffMember>();
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            people.Add(RosterEntity.ToStaff(entity));
        return people.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    /// <returns>false when the person is not on the roster.</returns>
    public async Task<bool> SetLocaleAsync(string objectId, string locale, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var patch = new TableEntity(RosterEntity.Key(objectId), Row) { ["Locale"] = Locales.Normalize(locale) };
        try
        {
            await client.UpdateEntityAsync(patch, Azure.ETag.All, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.IsNotFound())
        {
            return false;
        }
    }
}
