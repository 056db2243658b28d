namespace DrillPlatform.Core.Messaging;

/// <summary>
/// What the bot needs to message a person who has not written first: captured from Teams on
/// install, on conversationUpdate and on every message.
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
    DateTimeOffset UpdatedAt);
