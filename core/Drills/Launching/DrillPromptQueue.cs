using Azure.Storage.Queues;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Drills;

/// <summary>The Storage Queue {prefix}-drill-prompts that SendDrillPrompt consumes.</summary>
public sealed class DrillPromptQueue(QueueServiceClient service, IOptions<StorageOptions> options)
{
    public const string Suffix = "-drill-prompts";
    private readonly QueueClient client = service.GetQueueClient(options.Value.Prefix + Suffix);
    private volatile bool created;

    public string Name => client.Name;

    public async Task EnqueueAsync(DrillPromptMessage message, CancellationToken ct = default)
    {
        if (!created)
        {
            await client.CreateIfNotExistsAsync(cancellationToken: ct);
            created = true;
        }
        await client.SendMessageAsync(message.Encode(), ct);
    }
}
