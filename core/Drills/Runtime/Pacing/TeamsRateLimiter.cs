using System.Collections.Concurrent;

namespace DrillPlatform.Core.Drills.Runtime.Pacing;

/// <summary>
/// The one pacer of every Connector call an instance makes (prompts, replies, card updates,
/// notifications; the bot's ConnectorClient asks it before each attempt). Two ceilings, as Teams
/// documents them:
/// - per app: about 50 requests/s per tenant. Each instance takes its share
///   (TeamsRequestsPerSecond × PacingShare / SenderInstances), so N instances stay under it
///   without talking to each other. Proactive (bulk) traffic may use 1 − InteractiveShare of it
///   (default: all of it), and every reply to a person who is answering also takes a slot out of
///   that bulk budget as it goes: a fan-out yields to replies while there are replies and uses the
///   whole share when nobody answers. Interactive calls draw on the whole share and never wait for
///   bulk.
/// - per conversation: TeamsConversationRequestsPerSecond in 1 s, 8 in 2 s, 60 in 30 s, 1800 in an
///   hour, all at once (ConversationWindows), each window stretched by 1/PacingShare plus a few
///   tenth of a second so jitter on the way cannot squeeze one window's sends into a shorter span.
/// One limiter per process: a singleton.
/// </summary>
public sealed class TeamsRateLimiter
{
    private const int PruneAbove = 10_000;
    private static readonly TimeSpan Jitter = TimeSpan.FromMilliseconds(250);
    private readonly TimeProvider time;
    private readonly IReadOnlyList<(int Limit, TimeSpan Length)> windows;
    private readonly ConcurrentDictionary<string, ConversationWindows> conversations = new(StringComparer.Ordinal);

    public TeamsRateLimiter(IOptions<DrillOptions> options, TimeProvider time)
    {
        this.time = time;
        var o = options.Value;
        var share = o.TeamsRequestsPerSecond * o.PacingShare / o.SenderInstances;
        App = new TokenBucket(share);
        Bulk = new TokenBucket(share * (1 - o.InteractiveShare));
        windows = TeamsWindows((int)Math.Floor(o.TeamsConversationRequestsPerSecond))
            .Select(w => (w.Limit, TimeSpan.FromTicks((long)(w.Length.Ticks / o.PacingShare)) + Jitter)).ToList();
    }

    /// <summary>Teams' documented per-conversation windows (the first one's limit is a setting).</summary>
    public static IReadOnlyList<(int Limit, TimeSpan Length)> TeamsWindows(int perSecond = 7) =>
    [
        (perSecond, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>This instance's share of the app-wide budget (interactive calls).</summary>
    public TokenBucket App { get; }

    /// <summary>The part of it proactive calls may use.</summary>
    public TokenBucket Bulk { get; }

    /// <summary>Waits until one more proactive request to <paramref name="conversationId"/> fits every limit.</summary>
    public Task AcquireAsync(string conversationId, CancellationToken ct) => AcquireAsync(conversationId, interactive: false, ct);

    /// <param name="conversationId">null for calls outside a conversation (creating one): only the app limit applies.</param>
    /// <param name="interactive">a reply within an inbound turn: served from the reserved share.</param>
    public async Task AcquireAsync(string? conversationId, bool interactive, CancellationToken ct)
    {
        if (conversationId is not null)
        {
            if (conversations.Count > PruneAbove) Prune();
            var conversation = conversations.GetOrAdd(conversationId, _ => new ConversationWindows(windows));
            await WaitAsync(conversation.Reserve(time.GetUtcNow()), ct);
        }
        // App tokens are reserved only once the conversation allows the send, so no app slot idles.
        // A reply pushes bulk back by one slot without waiting for it, so bulk + replies stay within the share.
        var bulk = Bulk.Reserve(time.GetUtcNow());
        if (!interactive) await WaitAsync(bulk, ct);
        await WaitAsync(App.Reserve(time.GetUtcNow()), ct);
    }

    private Task WaitAsync(TimeSpan delay, CancellationToken ct) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, ct) : Task.CompletedTask;

    // A fan-out touches each 1:1 chat once; idle ones can be forgotten.
    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, chat) in conversations)
            if (chat.IsIdle(now)) conversations.TryRemove(key, out _);
    }
}
