using System.Collections.Concurrent;

namespace DrillPlatform.Bot.Teams;

/// <summary>
/// The activity ids this instance took in the last minutes, in memory: a redelivery that comes
/// back to the same instance (the usual case) is recognised without a storage round trip. Turns
/// that resume work keep their own marks here too, under a prefix of their own (a quiz answer's
/// follow-up, "quiz|session|index", see QuizConversation). Bounded:
/// past Capacity the oldest marks go first; after Window Teams no longer resends, so they expire.
/// </summary>
public sealed class RecentActivityIds(TimeProvider time)
{
    public const int Capacity = 20_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    /// <returns>true the first time <paramref name="key"/> is seen within the window.</returns>
    public bool TryAdd(string key)
    {
        var now = time.GetUtcNow();
        if (seen.Count >= Capacity) Trim(now);
        if (seen.TryAdd(key, now)) return true;
        if (seen.TryGetValue(key, out var at) && now - at > Window && seen.TryUpdate(key, now, at)) return true;
        return false;
    }

    public void Forget(string key) => seen.TryRemove(key, out _);

    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, at) in seen)
            if (now - at > Window) seen.TryRemove(key, out _);
        if (seen.Count < Capacity) return;
        foreach (var (key, _) in seen.OrderBy(e => e.Value).Take(Capacity / 4).ToList())
            seen.TryRemove(key, out _);
    }
}
