namespace DrillPlatform.Bot.Teams;

/// <summary>
/// Remembers how to reach a person in a 1:1 chat, so timers can message people who never wrote
/// first. Only personal conversations are kept: a channel is not a way to reach one person.
/// An install ("add") is always written, which makes a chat flagged as removed or gone Active
/// again; a removal is not captured (TeamsBot records it as Uninstalled).
/// </summary>
public sealed class ConversationCapture(ConversationRefStore store, TimeProvider time)
{
    // What this instance last stored per person: a chat's reference rarely changes, so writing it
    // on every message would add a table write to every turn for nothing.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string, string, string?)> stored = new();

    public async Task CaptureAsync(Activity activity, CancellationToken ct)
    {
        var user = activity.From;
        var conversation = activity.Conversation;
        if (user?.AadObjectId is not { Length: > 0 } oid || conversation?.Id is null || activity.ServiceUrl is null)
            return;
        if (conversation.IsGroup == true || conversation.ConversationType is "channel" or "groupChat")
            return;
        var install = activity.Type == Activity.Types.InstallationUpdate;
        if (install && activity.Action == "remove")
        {
            stored.TryRemove(oid, out _);
            return;
        }
        var key = (conversation.Id, activity.ServiceUrl, activity.Locale);
        if (!(install && activity.Action == "add") && stored.TryGetValue(oid, out var known) && known == key)
            return;
        await store.UpsertAsync(new ConversationRef(
            oid,
            conversation.Id,
            activity.ServiceUrl,
            conversation.TenantId ?? "",
            activity.Recipient?.Id ?? "",
            user.Id ?? "",
            activity.ChannelId ?? "msteams",
            activity.Locale,
            time.GetUtcNow()), ct);
        stored[oid] = key;
    }
}
