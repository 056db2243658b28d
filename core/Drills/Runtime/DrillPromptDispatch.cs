using DrillPlatform.Core.Drills.Launching;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// One message of the prompt queue, of either shape (SendDrillPrompt and the local consumers call this).
/// A one-person message is one delivery whose unexpected failure escapes, so the queue retries it and
/// poisons it after maxDequeueCount, as before batches. A batch is split: everyone past the first
/// <see cref="DeliveredTogether"/> goes back to the queue in batches of that size, so the other
/// consumers and instances share a launch's hundreds instead of one invocation holding them (the
/// Functions host hands an instance up to batchSize messages at once, and each instance paces to its
/// 1/SenderInstances share); the first few are delivered at once, each through the same claim and the
/// same per-instance pacer as a one-person message. A redelivered batch prompts nobody twice: the
/// claim stops everyone already prompted or being prompted. Throttled and deferred prompts are
/// handed back singly by the delivery; one whose send fails is handed back singly here, so its
/// retries are counted by its own dequeue count and the rest of the batch completes.
/// </summary>
public sealed class DrillPromptDispatch(DrillPromptDelivery delivery, DrillPromptQueue queue, ILogger<DrillPromptDispatch> logger)
{
    /// <summary>People delivered concurrently by one invocation; also the size of the batches a larger one is split into.</summary>
    public const int DeliveredTogether = 10;

    /// <summary>How long a failed prompt handed back from a batch waits, as a failed message waits out the host's visibilityTimeout.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <param name="json">The message text as the trigger hands it over (decoded from base64).</param>
    public async Task<IReadOnlyList<DrillPromptResult>> HandleAsync(string json, long dequeueCount, CancellationToken ct)
    {
        if (DrillPromptBatch.ParseIfBatch(json) is not { } batch)
            return [await delivery.DeliverAsync(DrillPromptMessage.Parse(json), dequeueCount, ct)];

        // The rest is queued while the first are sent, so other consumers start on it at once.
        var rest = Task.WhenAll(batch.ParticipantIds.Skip(DeliveredTogether).Chunk(DeliveredTogether)
            .Select(ids => queue.EnqueueAsync(new DrillPromptBatch(batch.DrillId, ids), ct)));
        var sent = Task.WhenAll(batch.Messages.Take(DeliveredTogether).Select(m => DeliverOneAsync(m, dequeueCount, ct)));
        await Task.WhenAll(rest, sent);
        return sent.Result;
    }

    private async Task<DrillPromptResult> DeliverOneAsync(DrillPromptMessage message, long dequeueCount, CancellationToken ct)
    {
        try
        {
            return await delivery.DeliverAsync(message, dequeueCount, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // If this send fails too, the batch is redelivered: its prompted people are absorbed by their claims.
            await queue.EnqueueAsync(message, RetryDelay, ct);
            logger.LogWarning(e, "Drill {DrillId}: the prompt of {PersonId} failed inside a batch; queued again on its own", message.DrillId, message.ParticipantId);
            return DrillPromptResult.Retrying(RetryDelay);
        }
    }
}
