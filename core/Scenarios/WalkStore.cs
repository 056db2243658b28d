using System.Text.Json;
using Azure;

namespace DrillPlatform.Core.Scenarios;

/// <summary>A walk as stored: which walk (a drill id, or a practice id), whose, its state and ETag.</summary>
public sealed record StoredWalk(string WalkId, string PersonId, WalkState State, string Locale, ETag ETag = default);

/// <summary>
/// Walk states (table {prefix}Walks). PK = walk id so a drill's walks are one partition query when
/// the drill closes; RK = person. Updates are conditional on the ETag, so two clicks on the same
/// card cannot both advance the walk.
/// </summary>
public sealed class WalkStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    public const string TableName = "Walks";
    private readonly StoreTable table = new(service, options, TableName);

    public async Task<StoredWalk?> GetAsync(string walkId, string personId, CancellationToken ct)
    {
        if (!TableKey.CanExist(walkId, PersonKey.For(personId))) return null;
        var client = await table.ClientAsync(ct);
        var entity = await client.GetEntityIfExistsAsync<TableEntity>(walkId, PersonKey.For(personId), cancellationToken: ct);
        return entity.HasValue ? FromEntity(entity.Value!) : null;
    }

    /// <summary>Inserts a new walk; false when this person already has this walk.</summary>
    public async Task<bool> TryAddAsync(StoredWalk walk, CancellationToken ct)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.AddEntityAsync(ToEntity(walk), ct);
            return true;
        }
        catch (RequestFailedException error) when (TableErrors.IsAlreadyExists(error))
        {
            return false;
        }
    }

    /// <summary>Replaces the walk if nobody changed it since it was read; false on a lost race.</summary>
    public async Task<bool> TryUpdateAsync(StoredWalk walk, CancellationToken ct)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.UpdateEntityAsync(ToEntity(walk), walk.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException error) when (TableErrors.IsStaleETag(error))
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<StoredWalk>> ListAsync(string walkId, CancellationToken ct)
    {
        var client = await table.ClientAsync(ct);
        var walks = new List<StoredWalk>();
        await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == walkId, cancellationToken: ct))
            walks.Add(FromEntity(entity));
        return walks;
    }

    private static TableEntity ToEntity(StoredWalk walk) => new(walk.WalkId, PersonKey.For(walk.PersonId))
    {
        ["State"] = JsonSerializer.Serialize(walk.State),
        ["Locale"] = walk.Locale,
        ["ScenarioId"] = walk.State.ScenarioId,
        ["Finished"] = walk.State.Finished,
    };

    private static StoredWalk FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        JsonSerializer.Deserialize<WalkState>(entity.GetString("State"))!,
        entity.GetString("Locale") ?? "",
        entity.ETag);
}
