using System.Security.Cryptography;
using System.Text;
using Azure;

namespace DrillPlatform.Core.Messaging;

/// <summary>
/// Table {prefix}Once: PartitionKey = what is done once ("activity", "welcome"), RowKey = SHA-256
/// of the key (Teams ids contain ':' '@' '/' and can be long; a hash is always a legal key), column
/// At. A conditional insert decides who does the thing: the first caller wins, a redelivery or a
/// racing instance gets false. Old marks are pruned by age so the table stays small.
/// </summary>
public sealed class OnceLedger(TableServiceClient service, IOptions<StorageOptions> options, TimeProvider time)
{
    private readonly StoreTable table = new(service, options, TableNames.Once);

    /// <returns>true for the first caller with this kind and key; false if someone marked it already.</returns>
    public async Task<bool> TryMarkAsync(string kind, string key, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.AddEntityAsync(new TableEntity(kind, Hash(key)) { ["At"] = time.GetUtcNow() }, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    /// <summary>Lets the thing happen once more (e.g. a welcome after the app was removed and added again).</summary>
    public async Task ForgetAsync(string kind, string key, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.DeleteEntityAsync(kind, Hash(key), ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.IsNotFound())
        {
        }
    }

    /// <summary>Deletes the marks of <paramref name="kind"/> older than <paramref name="age"/>; returns how many.</summary>
    public async Task<int> PruneAsync(string kind, TimeSpan age, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var before = time.GetUtcNow() - age;
        var pruned = 0;
        // A filter string: the SDK's LINQ translator does not support TableEntity.GetDateTimeOffset.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {kind} and At lt {before}");
        await foreach (var old in client.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: ct))
        {
            try
            {
                await client.DeleteEntityAsync(old.PartitionKey, old.RowKey, ETag.All, ct);
                pruned++;
            }
            catch (RequestFailedException e) when (e.IsNotFound())
            {
            }
        }
        return pruned;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
