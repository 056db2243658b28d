using DrillPlatform.Bot.Protocol;
using DrillPlatform.Core.Messaging;

namespace DrillPlatform.Bot.Conversations;

/// <summary>
/// Remembers how to reach a person in a 1:1 chat, so timers can message people who never wrote
/// first. Only personal conversations are kept: a channel is not a way to reach one person.
/// </summary>
public sealed class ConversationCapture(ConversationRefStore store, TimeProvider time)
{
    public async Task CaptureAsync(Activity activity, CancellationToken ct)
    {
        var user = activity.From;
        var conversation = activity.Conversation;
        if (user?.AadObjectId is not { Length: > 0 } oid || conversation?.Id is null || activity.ServiceUrl is null)
            return;
        if (conversation.IsGroup == true || conversation.ConversationType is "channel" or "groupChat")
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
    }
}
