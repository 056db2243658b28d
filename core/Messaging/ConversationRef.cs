namespace DrillPlatform.Core.Messaging;

/// <summary>
/// What the bot needs to message a person who has not written first: captured from Teams on
/// install, on conversationUpdate and on every message, or created by the bot itself after it
/// installed the app for the person. State says whether Teams still lets the bot write there.
/// </summary>
public sealed record ConversationRef(
    string AadObjectId,
    string ConversationId,
    string ServiceUrl,
    string TenantId,
    string BotId,
    string UserId,
    string ChannelId,
    string? Locale,
    DateTimeOffset UpdatedAt)
{
    public ReachState State { get; init; } = ReachState.Active;

    /// <summary>Teams' words for the last state change (an error code and message), for the trainer.</summary>
    public string? StateReason { get; init; }

    public DateTimeOffset? StateChangedAt { get; init; }

    /// <summary>Whether a send to this chat is worth trying; Uninstalled and Gone chats need the app installed (or a chat created) first.</summary>
    public bool IsUsable => State is ReachState.Active or ReachState.Blocked or ReachState.WritesBlocked;
}
