using System.Collections.Concurrent;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// Prompt claims this instance holds but knows to be dead: the delivery failed and the release
/// could not be written (storage down), or the claim's own write failed without an answer, so it
/// may be stored. The queue's retry of that prompt usually comes back to this instance; it takes
/// such a claim over at once (If-Match on exactly that claim) instead of waiting out
/// PromptClaimTimeout, after which any instance would take it over anyway. In memory, so bounded:
/// entries older than an hour (PromptClaimTimeout's ceiling) are useless and dropped, and the table
/// stops at Capacity.
/// </summary>
public sealed class AbandonedPromptClaims(TimeProvider time)
{
    public const int Capacity = 10_000;
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<(string DrillId, string PersonId), DateTimeOffset> claims = new();

    public void Add(string drillId, string personId, DateTimeOffset claimedAt)
    {
        if (claims.Count >= Capacity) Trim();
        if (claims.Count < Capacity) claims[(drillId, personId)] = claimedAt;
    }

    /// <summary>When the abandoned claim on this participant was made, if this instance left one.</summary>
    public DateTimeOffset? Find(string drillId, string personId) =>
        claims.TryGetValue((drillId, personId), out var at) ? at : null;

    public void Remove(string drillId, string personId) => claims.TryRemove((drillId, personId), out _);

    private void Trim()
    {
        var before = time.GetUtcNow() - Kept;
        foreach (var (key, at) in claims)
            if (at < before) claims.TryRemove(key, out _);
    }
}
