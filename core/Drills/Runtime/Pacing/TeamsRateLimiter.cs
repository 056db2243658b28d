using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// Paces proactive sends to Teams' documented ceilings: about 50 requests/s per app per tenant and
/// 7/s per conversation. Each instance takes its share (DrillOptions.TeamsRequestsPerSecond ×
/// PacingShare / SenderInstances), so N instances together stay under the app's limit without
/// talking to each other. One limiter per process: register it as a singleton.
/// </summary>
public sealed class TeamsRateLimiter
{
    private const int PruneAbove = 10_000;
    private readonly TimeProvider time;
    private readonly double conversationRate;
    private readonly ConcurrentDictionary<string, TokenBucket> conversations = new(StringComparer.Ordinal);

    public TeamsRateLimiter(IOptions<DrillOptions> options, TimeProvider time)
    {
        this.time = time;
        var o = options.Value;
        App = new TokenBucket(o.TeamsRequestsPerSecond * o.PacingShare / o.SenderInstances);
        conversationRate = o.TeamsConversationRequestsPerSecond * o.PacingShare;
    }

    /// <summary>This instance's share of the app-wide budget.</summary>
    public TokenBucket App { get; }

    /// <summary>Waits until one more request to <paramref name="conversationId"/> fits both limits.</summary>
    public async Task AcquireAsync(string conversationId, CancellationToken ct)
    {
        if (conversations.Count > PruneAbove) Prune();
        var conversation = conversations.GetOrAdd(conversationId, _ => new TokenBucket(conversationRate));
        await WaitAsync(conversation.Reserve(time.GetUtcNow()), ct);
        // The app token is reserved only once the conversation allows the send, so no app slot idles.
        await WaitAsync(App.Reserve(time.GetUtcNow()), ct);
    }

    private Task WaitAsync(TimeSpan delay, CancellationToken ct) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, ct) : Task.CompletedTask;

    // A fan-out touches each 1:1 chat once; idle buckets are full again and can be forgotten.
    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, bucket) in conversations)
            if (bucket.IsIdle(now)) conversations.TryRemove(key, out _);
    }
}
