using Azure;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Storage;

/// <summary>
/// Per-person readiness roll-ups, table {prefix}Readiness: PartitionKey = department (escaped).
/// Each person has two rows, always written together in ONE entity-group transaction:
/// - the read row, RowKey = person object id: every input of their score, each bounded whatever
///   the length of the history (a recall sum per topic, decayed drill sums and the last few drills,
///   the checks of the last window, last quiz/practice/drill times);
/// - the write-side row, RowKey = "!" + person id (<see cref="ReadinessTables.WriteSide"/>): what
///   only writes need, which grows with history (latest answer per question, ids of the drills
///   applied, for idempotency).
/// All write-side rows sort before all read rows, so a department's readiness is ONE partition
/// range query of read rows (RowKey ge '%'), whose cost does not grow with history.
///
/// Read API (reports build on it): <see cref="ListDepartmentAsync"/> (everyone in a department,
/// read rows only), <see cref="GetAsync"/> (one person, both rows), <see cref="ListAllAsync"/>.
/// <see cref="PersonRollup.LastTrainingAt"/> is the latest quiz, practice or answered drill.
/// Weekly department snapshots are in <see cref="ReadinessSnapshotStore"/>.
///
/// Writes are read-change-write in <see cref="UpdateAsync"/>: each of the two rows If-Match its
/// ETag (insert-if-absent when it has none), in one transaction, so a torn read of the pair fails
/// and is read again; the change functions (RollupUpdates) are idempotent per event, so a retried
/// or duplicated event lands once. A person who moves department on a roster import takes their
/// rows along (ReadinessRosterMoves); the roster decides who is listed in a department.
/// A row stored before the split (one row holding every column) is still read; its next write
/// moves the write-side columns to their own row, and rebuild-readiness rewrites every row.
///
/// This instance remembers the last version of each roll-up it read or wrote, so that a quiz answer
/// (whose roll-up the quiz start read) costs one write, not a read and a write. The memory is only a
/// first guess: every write is conditional, so a roll-up changed elsewhere costs a 412 and a fresh
/// read, and a change that finds nothing to do on a remembered roll-up is checked against a fresh read.
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
        var (readRow, writeSideRow) = (client.GetEntityIfExistsAsync<TableEntity>(key.Item1, key.Item2, cancellationToken: ct),
            client.GetEntityIfExistsAsync<TableEntity>(key.Item1, ReadinessTables.WriteSide(personId), cancellationToken: ct));
        var (read, writeSide) = (await readRow, await writeSideRow);
        if (!read.HasValue)
        {
            Remember(key, PersonRollup.Empty(PersonKey.For(personId), department.Trim())); // no row yet: the first write inserts
            return null;
        }
        var rollup = RollupEntity.ToRollup(read.Value!, writeSide.HasValue ? writeSide.Value : null);
        Remember(key, rollup);
        return rollup;
    }

    /// <summary>Every read row of the department (no write-side row: answers per question and drill ids are not read).</summary>
    public async Task<IReadOnlyList<PersonRollup>> ListDepartmentAsync(string department, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReadinessTables.Department(department)} and RowKey ge {ReadinessTables.ReadRowsFrom}");
        var rows = new List<PersonRollup>();
        await foreach (var e in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            rows.Add(RollupEntity.ToRollup(e));
        return rows;
    }

    /// <summary>Every roll-up of every department, both rows (rebuild and its comparison; not for the read path).</summary>
    public async Task<IReadOnlyList<PersonRollup>> ListAllAsync(CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var (reads, writeSides) = (new List<TableEntity>(), new Dictionary<(string, string), TableEntity>());
        await foreach (var e in client.QueryAsync<TableEntity>(cancellationToken: ct))
            if (RollupEntity.IsWriteSide(e)) writeSides[(e.PartitionKey, e.RowKey[ReadinessTables.WriteSidePrefix.Length..])] = e;
            else reads.Add(e);
        return reads.Select(e => RollupEntity.ToRollup(e, writeSides.GetValueOrDefault((e.PartitionKey, e.RowKey)))).ToList();
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the person's roll-up (an empty one if there is none) and
    /// writes the result conditionally; on a lost race reads again and lets the change decide anew.
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
                var response = await client.SubmitTransactionAsync(Conditional(next, current.Version), ct);
                Remember(key, next with { Version = Written(response) }); // answers come in the order of the actions
                return;
            }
            catch (RequestFailedException e) when (e.IsStaleETag() || e.IsAlreadyExists())
            {
                (guessed, current) = (false, await GetAsync(department, personId, ct));
            }
        }
    }

    /// <summary>Writes the roll-up only if the person has none in its department yet; false if one exists.</summary>
    public async Task<bool> TryAddAsync(PersonRollup rollup, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.SubmitTransactionAsync(Conditional(rollup, null), ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    /// <summary>Writes both rows as given, unconditionally (rebuild-readiness).</summary>
    public async Task ReplaceAsync(PersonRollup rollup, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        await client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpsertReplace, RollupEntity.ReadRow(rollup)),
            new(TableTransactionActionType.UpsertReplace, RollupEntity.WriteSideRow(rollup)),
        ], ct);
        remembered.TryRemove(Key(rollup.Department, rollup.PersonId), out _);
    }

    /// <summary>Deletes the person's rows, whatever their versions (the write-side row only if <paramref name="rollup"/> was read with one).</summary>
    public async Task DeleteAsync(PersonRollup rollup, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var (partition, person) = Key(rollup.Department, rollup.PersonId);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Delete, new TableEntity(partition, person), ETag.All) };
        if (rollup.Version?.WriteSide is not null)
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, ReadinessTables.WriteSide(rollup.PersonId)), ETag.All));
        await client.SubmitTransactionAsync(actions, ct);
        remembered.TryRemove((partition, person), out _);
    }

    /// <summary>Each row If-Match its version, or insert-if-absent where it has none.</summary>
    private static List<TableTransactionAction> Conditional(PersonRollup next, RollupVersion? version) =>
    [
        Write(RollupEntity.ReadRow(next), version?.Read),
        Write(RollupEntity.WriteSideRow(next), version?.WriteSide),
    ];

    private static TableTransactionAction Write(TableEntity row, string? etag) => etag is null
        ? new(TableTransactionActionType.Add, row)
        : new(TableTransactionActionType.UpdateReplace, row, new ETag(etag));

    private static RollupVersion? Written(Response<IReadOnlyList<Response>> response) =>
        response.Value[0].Headers.ETag is { } read ? new RollupVersion(read.ToString(), response.Value[1].Headers.ETag?.ToString()) : null;

    private static (string, string) Key(string department, string personId) => (ReadinessTables.Department(department), ReadinessTables.Person(personId));

    private void Remember((string, string) key, PersonRollup rollup)
    {
        if (remembered.Count >= RememberedLimit) remembered.Clear();
        remembered[key] = rollup;
    }
}
