using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DrillPlatform.Local.Emulator;

/// <summary>
/// What the emulator page shows: every conversation's messages in order, as a Teams client would
/// hold them. Updates replace a message in place and bump its version so the page re-renders it.
/// This is the fake client's screen, not platform storage.
/// </summary>
public sealed class Transcripts
{
    private readonly ConcurrentDictionary<string, Conversation> conversations = new();
    private long sequence;

    public string Add(string conversationId, JsonObject activity)
    {
        var id = activity["id"]?.GetValue<string>() ?? $"m{Interlocked.Increment(ref sequence)}";
        activity["id"] = id;
        var conversation = conversations.GetOrAdd(conversationId, _ => new Conversation());
        lock (conversation)
            conversation.Entries.Add(new Entry(id, activity, Interlocked.Increment(ref sequence)));
        return id;
    }

    public bool Replace(string conversationId, string activityId, JsonObject activity)
    {
        if (!conversations.TryGetValue(conversationId, out var conversation)) return false;
        lock (conversation)
        {
            var index = conversation.Entries.FindIndex(e => e.Id == activityId);
            if (index < 0) return false;
            activity["id"] = activityId;
            conversation.Entries[index] = new Entry(activityId, activity, Interlocked.Increment(ref sequence));
            return true;
        }
    }

    /// <summary>Messages added or changed after <paramref name="after"/>, and the version to ask from next.</summary>
    public (IReadOnlyList<JsonObject> Activities, long Version) Since(string conversationId, long after)
    {
        if (!conversations.TryGetValue(conversationId, out var conversation)) return ([], after);
        lock (conversation)
        {
            var changed = conversation.Entries.Where(e => e.Version > after).ToList();
            var version = changed.Count == 0 ? after : changed.Max(e => e.Version);
            return (changed.Select(e => (JsonObject)e.Activity.DeepClone()).ToList(), version);
        }
    }

    private sealed record Entry(string Id, JsonObject Activity, long Version);

    private sealed class Conversation
    {
        public List<Entry> Entries { get; } = [];
    }
}
