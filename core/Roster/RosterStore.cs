using System.Collections.Concurrent;

namespace DrillPlatform.Core.Roster;

/// <summary>
/// Table {prefix}Roster. Key layout: PartitionKey = objectId (lower-case GUID), RowKey = "".
/// Teams hands us from.aadObjectId on every message, so that lookup is a point read and no
/// partition is hot during a drill. Each person is one entity in its own partition, so an upsert
/// is atomic on its own (no cross-partition batches are possible, none are needed). Listing by
/// department and finding by email are filtered scans: a records department's roster is
/// hundreds of rows and those queries serve reports and imports, not the message path.
///
/// Every turn asks who is writing, so <see cref="GetAsync"/> keeps what it found (someone, or no
/// one) for <see cref="CacheFor"/> in this instance. A write through this store (an import, a
/// language change) replaces the entry at once; other instances see it when theirs expires, so a
/// role or department change reaches every instance within that time.
/// </summary>
public sealed class RosterStore(TableServiceClient service, IOptions<StorageOptions> options, TimeProvider? time = null)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private const int CacheLimit = 100_000;
    private const string Row = "";
    private readonly StoreTable table = new(service, options, TableNames.Roster);
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, (StaffMember? Person, DateTimeOffset Until)> recent = new(StringComparer.Ordinal);
    private long writes; // a read that overlapped a write does not keep what it read

    public async Task UpsertAsync(StaffMember person, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await client.UpsertEntityAsync(RosterEntity.From(person), TableUpdateMode.Replace, ct);
        Interlocked.Increment(ref writes);
        recent.TryRemove(RosterEntity.Key(person.ObjectId), out _);
    }

    public async Task<StaffMember?> GetAsync(string objectId, CancellationToken ct = default)
    {
        var key = RosterEntity.Key(objectId);
        if (!TableKey.CanExist(key)) return null;
        var now = clock.GetUtcNow();
        if (recent.TryGetValue(key, out var kept) && kept.Until > now) return kept.Person;
        var seen = Interlocked.Read(ref writes);
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(key, Row, cancellationToken: ct);
        var person = found.HasValue ? RosterEntity.ToStaff(found.Value!) : null;
        if (recent.Count >= CacheLimit) recent.Clear();
        if (Interlocked.Read(ref writes) == seen) recent[key] = (person, now + CacheFor);
        return person;
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
        if (!TableKey.CanExist(RosterEntity.Key(objectId))) return false;
        var client = await table.ClientAsync(ct);
        var patch = new TableEntity(RosterEntity.Key(objectId), Row) { ["Locale"] = Locales.Normalize(locale) };
        try
        {
            await client.UpdateEntityAsync(patch, Azure.ETag.All, TableUpdateMode.Merge, ct);
            Interlocked.Increment(ref writes);
            recent.TryRemove(patch.PartitionKey, out _);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.IsNotFound())
        {
            return false;
        }
    }
}
