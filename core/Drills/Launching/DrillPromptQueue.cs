using Azure.Storage.Queues;

namespace DrillPlatform.Core.Drills.Launching;

/// <summary>The Storage Queue {prefix}-drill-prompts that SendDrillPrompt consumes.</summary>
public sealed class DrillPromptQueue(QueueServiceClient service, IOptions<StorageOptions> options)
{
    public const string Suffix = "-drill-prompts";
    private readonly QueueClient client = service.GetQueueClient(options.Value.Prefix + Suffix);
    private volatile bool created;

    public string Name => client.Name;

    public Task EnqueueAsync(DrillPromptMessage message, CancellationToken ct = default) =>
        SendAsync(message.Encode(), TimeSpan.Zero, ct);

    public Task EnqueueAsync(DrillPromptBatch batch, CancellationToken ct = default) =>
        SendAsync(batch.Encode(), TimeSpan.Zero, ct);

    /// <summary>
    /// Queues the message invisible for <paramref name="visibilityDelay"/> (whole seconds, rounded up, at most
    /// 7 days): how a throttled prompt waits out Retry-After without holding a function instance asleep.
    /// </summary>
    public Task EnqueueAsync(DrillPromptMessage message, TimeSpan visibilityDelay, CancellationToken ct = default) =>
        SendAsync(message.Encode(), visibilityDelay, ct);

    private async Task SendAsync(string text, TimeSpan visibilityDelay, CancellationToken ct)
    {
        if (visibilityDelay < TimeSpan.Zero || visibilityDelay > TimeSpan.FromDays(7))
            throw new ArgumentOutOfRangeException(nameof(visibilityDelay), visibilityDelay, "A visibility delay must be between 0 and 7 days.");
        if (!created)
        {
            await client.CreateIfNotExistsAsync(cancellationToken: ct);
            created = true;
        }
        var delay = visibilityDelay == TimeSpan.Zero ? (TimeSpan?)null : TimeSpan.FromSeconds(Math.Ceiling(visibilityDelay.TotalSeconds));
        await client.SendMessageAsync(text, delay, cancellationToken: ct);
    }
}
