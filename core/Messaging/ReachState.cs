namespace DrillPlatform.Core.Messaging;

/// <summary>Whether a stored 1:1 chat can be used, as Teams last told us (installationUpdate, Connector error codes).</summary>
public enum ReachState
{
    Active,
    /// <summary>The person removed the app (installationUpdate remove, or BotNotInConversationRoster).</summary>
    Uninstalled,
    /// <summary>The person blocked the bot (ConversationBlockedByUser); the chat is kept and tried again next time.</summary>
    Blocked,
    /// <summary>The tenant or chat refuses writes (MessageWritesBlocked); kept and tried again next time.</summary>
    WritesBlocked,
    /// <summary>Teams no longer knows the chat (ConversationNotFound); a new one is created when needed.</summary>
    Gone,
}
