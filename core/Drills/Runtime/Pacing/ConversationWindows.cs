namespace DrillPlatform.Core.Drills.Runtime.Pacing;

/// <summary>
/// Teams' per-conversation limits are several sliding windows at once (7 in 1 s, 8 in 2 s, 60 in
/// 30 s, 1800 in an hour). This keeps the send times handed out for one conversation and gives
/// each caller the earliest time at which every window still has room: the L-th latest send of a
/// window (limit L, length W) must have left it, i.e. t ≥ that send + W. Times are handed out in
/// order, so one pass over the windows is enough.
/// </summary>
public sealed class ConversationWindows(IReadOnlyList<(int Limit, TimeSpan Length)> windows)
{
    private readonly List<long> sends = [];
    private readonly TimeSpan longest = windows.Max(w => w.Length);
    private readonly Lock gate = new();

    /// <summary>Reserves the next send; returns how long to wait from <paramref name="now"/>.</summary>
    public TimeSpan Reserve(DateTimeOffset now)
    {
        lock (gate)
        {
            var at = now.UtcTicks;
            var drop = sends.FindIndex(t => t > at - longest.Ticks);
            if (drop < 0) sends.Clear();
            else if (drop > 0) sends.RemoveRange(0, drop);
            var start = sends.Count > 0 ? Math.Max(at, sends[^1]) : at;
            foreach (var (limit, length) in windows)
                if (sends.Count >= limit)
                    start = Math.Max(start, sends[^limit] + length.Ticks);
            sends.Add(start);
            return TimeSpan.FromTicks(start - at);
        }
    }

    /// <summary>Nothing reserved within the longest window: forgetting this conversation changes nothing.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (gate) return sends.Count == 0 || sends[^1] <= now.UtcTicks - longest.Ticks;
    }
}
