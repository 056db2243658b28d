using Azure;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Storage;

/// <summary>
/// Per-person readiness roll-ups, table {prefix}Readiness: PartitionKey = department (escaped),
/// RowKey = person object id. One row per person holds every input of their score (latest answer
/// per question, decayed drill sums, checks of the last window, last quiz/practice/drill times),
/// so a department's readiness is ONE partition query, whatever the length of the history.
///
/// Read API (reports build on it): <see cref="ListDepartmentAsync"/> (everyone in a department,
/// without the idempotency ids), <see cref="GetAsync"/> (one person), <see cref="ListAllAsync"/>.
/// <see cref="PersonRollup.LastTrainingAt"/> is the latest quiz, practice or answered drill.
/// Weekly department snapshots are in <see cref="ReadinessSnapshotStore"/>.
///
/// Writes are read-change-write If-Match (insert-if-absent for a first row) in
/// <see cref="UpdateAsync"/>; the change functions (RollupUpdates) are idempotent per event, so a
/// retried or duplicated event lands once. A person who moves department on a roster import takes
/// their row along (ReadinessRosterMoves); the roster decides who is listed in a department.
///
/// This instance remembers the last version of each row it read or wrote, so that a quiz answer
/// (whose row the quiz start read) costs one write, not a read and a write. The memory is only a
/// first guess: every write is If-Match, so a row changed elsewhere costs a 412 and a fresh read,
/// and a change that finds nothing to do on a remembered row is checked against a fresh read.
/// </summary>
public sealed class ReadinessStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private const int RememberedLimit = 50_000;
    private readonly StoreTable table = new(service, options, ReadinessTables.Rollups);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), PersonRollup> remembered = new();

    public async Task<PersonRollup?> GetAsync(string department, string personId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var key = Key(department, personId);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(key.Item1, key.Item2, cancellationToken: ct);
        if (!found.HasValue)
        {
            Remember(key, PersonRollup.Empty(PersonKey.For(personId), department.Trim())); // no row yet: the first write inserts
            return null;
        }
        var rollup = RollupEntity.ToRollup(found.Value!);
        Remember(key, rollup);
        return rollup;
    }

    /// <summary>Every roll-up row of the department; the drill ids kept for idempotency are not read.</summary>
    public async Task<IReadOnlyList<PersonRollup>> ListDepartmentAsync(string department, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReadinessTables.Department(department)}");
        var rows = new List<PersonRollup>();
        await foreach (var e in client.QueryAsync<TableEntity>(filter, select: RollupEntity.ReadColumns, cancellationToken: ct))
            rows.Add(RollupEntity.ToRollup(e));
        return rows;
    }

    /// <summary>Every row of every department (rebuild and its comparison; not for the read path).</summary>
    public async Task<IReadOnlyList<PersonRollup>> ListAllAsync(CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var rows = new List<PersonRollup>();
        await foreach (var e in client.QueryAsync<TableEntity>(cancellationToken: ct))
            rows.Add(RollupEntity.ToRollup(e));
        return rows;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the person's row (an empty roll-up if there is none) and
    /// writes the result If-Match; on a lost race reads again and lets the change decide anew.
    /// A change that returns null (nothing to do, e.g. the event was already counted) writes nothing.
    /// </summary>
    public async Task UpdateAsync(string department, string personId, Func<PersonRollup, PersonRollup?> change, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var key = Key(department, personId);
        var guessed = remembered.TryGetValue(key, out var current);
        current ??= await GetAsync(department, personId, ct);
        while (true)
        {
            current ??= PersonRollup.Empty(PersonKey.For(personId), department.Trim());
            if (change(current) is not { } next)
            {
                if (!guessed) return;
                (guessed, current) = (false, await GetAsync(department, personId, ct));
                continue;
            }
            try
            {
                var entity = RollupEntity.From(next);
                var response = current.Version is { } version
                    ? await client.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, ct)
                    : await client.AddEntityAsync(entity, ct);
                Remember(key, next with { Version = response.Headers.ETag?.ToString() });
                return;
            }
            catch (RequestFailedException e) when (e.IsStaleETag() || e.IsAlreadyExists())
            {
                (guessed, current) = (false, await GetAsync(department, personId, ct));
            }
        }
    }

    /// <summary>Writes the row only if the person has none in its department yet; false if one exists.</summary>
    public async Task<bool> TryAddAsync(PersonRollup rollup, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.AddEntityAsync(RollupEntity.From(rollup), ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    /// <summary>Writes the row as given, unconditionally (rebuild-readiness).</summary>
    public async Task ReplaceAsync(PersonRollup rollup, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await client.UpsertEntityAsync(RollupEntity.From(rollup), TableUpdateMode.Replace, ct);
        remembered.TryRemove(Key(rollup.Department, rollup.PersonId), out _);
    }

    public async Task DeleteAsync(PersonRollup rollup, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await client.DeleteEntityAsync(ReadinessTables.Department(rollup.Department), ReadinessTables.Person(rollup.PersonId), ETag.All, ct);
        remembered.TryRemove(Key(rollup.Department, rollup.PersonId), out _);
    }

    private static (string, string) Key(string department, string personId) => (ReadinessTables.Department(department), ReadinessTables.Person(personId));

    private void Remember((string, string) key, PersonRollup rollup)
    {
        if (remembered.Count >= RememberedLimit) remembered.Clear();
        remembered[key] = rollup;
    }
}
