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
/// </summary>
public sealed class PromptQueueConsumers(
    QueueClient queue,
    Func<string, long, CancellationToken, Task<IReadOnlyList<DrillPromptResult>>> deliver,
    Func<string, CancellationToken, Task> poison,
    int consumers,
    int maxDequeueCount = 5,
    TimeSpan? retryVisibility = null)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(500);
    private readonly TimeSpan retry = retryVisibility ?? TimeSpan.FromSeconds(1);

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
            QueueMessage[] batch = (await queue.ReceiveMessagesAsync(1, Lease, ct)).Value;
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
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
        if (message.DequeueCount > maxDequeueCount)
        {
            await poison(text, ct);
            Interlocked.Increment(ref poisoned);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            return;
        }
        try
        {
            foreach (var result in await deliver(text, message.DequeueCount, ct))
                Outcomes.AddOrUpdate(result.Outcome, 1, (_, n) => n + 1);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // The trigger's failure path: the message becomes visible again after the visibility timeout.
            Interlocked.Increment(ref errors);
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: retry, cancellationToken: ct);
        }
    }
}
