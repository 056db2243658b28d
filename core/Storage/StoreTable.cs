namespace DrillPlatform.Core.Storage;

/// <summary>
/// One prefixed table that creates itself on first use. Creation is retried on the next call if it
/// failed, rather than cached as a fault, so a storage blip at start-up does not poison the store.
/// </summary>
public sealed class StoreTable(TableServiceClient service, IOptions<StorageOptions> options, string name)
{
    private readonly TableClient client = service.GetTableClient(options.Value.Prefix + name);
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool created;

    public string Name => client.Name;

    public async ValueTask<TableClient> ClientAsync(CancellationToken ct = default)
    {
        if (created) return client;
        await gate.WaitAsync(ct);
        try
        {
            if (!created)
            {
                await client.CreateIfNotExistsAsync(ct);
                created = true;
            }
        }
        finally
        {
            gate.Release();
        }
        return client;
    }
}
