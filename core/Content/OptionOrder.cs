using System.Security.Cryptography;
using System.Text;

namespace DrillPlatform.Core.Content;

/// <summary>
/// The order a person sees the options of one question or step in: a shuffle seeded by who they
/// are, which attempt this is (quiz session id, walk id) and which question or step, so it differs
/// between people and attempts yet any later reader (the answered card, a debrief replaying the
/// walk) derives the same order from the same three ids; nothing extra is stored. Cards carry an
/// option's real index (its position in the file), never its position on screen, so scoring does
/// not depend on the order at all.
/// </summary>
public static class OptionOrder
{
    /// <returns>Real option indices in display order: element k is the option shown k-th.</returns>
    public static IReadOnlyList<int> For(string personId, string attemptId, string itemId, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var random = new SplitMix64(Seed(personId, attemptId, itemId));
        // Fisher–Yates with our own generator: System.Random(seed) is not promised to give the same
        // sequence on every .NET version, and a debrief must replay what was shown months ago.
        for (var i = count - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>Items in the order <see cref="For"/> gives, each with its real index.</summary>
    public static IReadOnlyList<(T Item, int Index)> Arrange<T>(IReadOnlyList<T> items, string personId, string attemptId, string itemId) =>
        For(personId, attemptId, itemId, items.Count).Select(i => (items[i], i)).ToList();

    // SHA-256 rather than string.GetHashCode, which is randomised per process.
    private static ulong Seed(string personId, string attemptId, string itemId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{personId}\n{attemptId}\n{itemId}"));
        return BitConverter.ToUInt64(hash, 0);
    }

    private struct SplitMix64(ulong state)
    {
        public ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
