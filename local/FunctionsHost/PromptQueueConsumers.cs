using System.Collections.Concurrent;
using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Local.FunctionsHost;

/// <summary>
/// Drains the drill prompt queue the way the Functions queue trigger does: N messages in flight,
/// a failed message reappears after a visibility timeout, and after maxDequeueCount failures it goes
/// to the poison handler. Visibility delays set by re-enqueueing are honoured by the queue itself.
/// Like the Functions host, the consumers outlive a storage outage: a receive that fails is tried
/// again after a pause, and a message whose failure cannot even be recorded reappears when its
/// lease ends.
/// </summary>
public sealed class PromptQueueConsumers(
    QueueClient queue,
    Func<string, long, CancellationToken, Task<IReadOnlyList<DrillPromptResult>>> deliver,
    Func<string, CancellationToken, Task> poison,
    int consumers,
    int maxDequeueCount = 5,
    TimeSpan? retryVisibility = null,
    TimeSpan? lease = null)
{
    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxOutagePoll = TimeSpan.FromSeconds(2);
    private readonly TimeSpan retry = retryVisibility ?? TimeSpan.FromSeconds(1);
    private readonly TimeSpan leaseFor = lease ?? TimeSpan.FromMinutes(2);

    public ConcurrentDictionary<DrillPromptOutcome, int> Outcomes { get; } = new();
    public int Errors => errors;
    public int Poisoned => poisoned;

    private int errors;
    private int poisoned;

    /// <summary>Runs the consumers until <paramref name="done"/> says so (checked between messages) or <paramref name="ct"/> ends.</summary>
    public async Task RunUntilAsync(Func<bool> done, CancellationToken ct)
    {
        await queue.CreateIfNotExistsAsync(cancellationToken: ct);
        await Task.WhenAll(Enumerable.Range(0, consumers).Select(_ => Task.Run(() => ConsumeAsync(done, ct), ct)));
    }

    private async Task ConsumeAsync(Func<bool> done, CancellationToken ct)
    {
        var idle = TimeSpan.FromMilliseconds(25);
        while (!done() && !ct.IsCancellationRequested)
        {
            QueueMessage[] batch;
            try
            {
                batch = (await queue.ReceiveMessagesAsync(1, leaseFor, ct)).Value;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // Storage unreachable (after the client's own retries): poll again, as the host's listener does.
                Interlocked.Increment(ref errors);
                await Task.Delay(MaxOutagePoll, ct).ContinueWith(_ => { });
                continue;
            }
            if (batch.Length == 0)
            {
                // Like the host's polling back-off, capped low so the tail of a fan-out is not spent asleep.
                await Task.Delay(idle, ct).ContinueWith(_ => { });
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, MaxPoll.Ticks));
                continue;
            }
            idle = TimeSpan.FromMilliseconds(25);
            await HandleAsync(batch[0], ct);
        }
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken ct)
    {
        try
        {
            await DeliverOrPoisonAsync(message, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // The trigger's failure path: the message becomes visible again after the visibility timeout,
            // or, when storage cannot take even that, once its lease ends.
            Interlocked.Increment(ref errors);
            try
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: retry, cancellationToken: ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
            }
        }
    }

    private async Task DeliverOrPoisonAsync(QueueMessage message, CancellationToken ct)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
        if (message.DequeueCount > maxDequeueCount)
        {
            await poison(text, ct);
            Interlocked.Increment(ref poisoned);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            return;
        }
        foreach (var result in await deliver(text, message.DequeueCount, ct))
            Outcomes.AddOrUpdate(result.Outcome, 1, (_, n) => n + 1);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
    }
}
