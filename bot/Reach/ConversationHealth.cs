namespace DrillPlatform.Bot.Reach;

/// <summary>
/// Keeps the stored chats honest. Teams names why it refuses a message, and some reasons change
/// what the chat is worth: BotNotInConversationRoster (the app was removed) and ConversationNotFound
/// (the chat is gone) make it unusable until the app is installed or a chat created again;
/// ConversationBlockedByUser and MessageWritesBlocked are flagged and tried again next time (an
/// unblock sends no event). Installs and uninstalls come from installationUpdate.
/// </summary>
public sealed class ConversationHealth(ConversationRefStore conversations, TimeProvider time, ILogger<ConversationHealth> log)
{
    public static ReachState? StateFor(string? code) => code switch
    {
        "ConversationBlockedByUser" => ReachState.Blocked,
        "BotNotInConversationRoster" => ReachState.Uninstalled,
        "ConversationNotFound" => ReachState.Gone,
        "MessageWritesBlocked" => ReachState.WritesBlocked,
        _ => null,
    };

    /// <summary>Records the refusal on the person's chat when its code says something about the chat; returns the new state.</summary>
    public async Task<ReachState?> ObserveAsync(string aadObjectId, ConnectorException refusal, CancellationToken ct)
    {
        if (StateFor(refusal.Code) is not { } state) return null;
        await conversations.MarkAsync(aadObjectId, state, $"{refusal.Status} {refusal.Code}", time.GetUtcNow(), CancellationToken.None);
        log.LogWarning("Teams chat of {ObjectId} is now {State} ({Code})", aadObjectId, state, refusal.Code);
        return state;
    }

    public Task UninstalledAsync(string aadObjectId, CancellationToken ct) =>
        conversations.MarkAsync(aadObjectId, ReachState.Uninstalled, "installationUpdate remove", time.GetUtcNow(), ct);

    /// <summary>Words for the trainer, per state.</summary>
    public static string Explain(ReachState? state, ConnectorException refusal) => state switch
    {
        ReachState.Blocked => $"The person blocked the DrillPlatform bot in Teams ({refusal.Status} {refusal.Code}).",
        ReachState.Uninstalled => $"The person removed the DrillPlatform app in Teams ({refusal.Status} {refusal.Code}).",
        ReachState.Gone => $"Teams no longer knows the chat with this person ({refusal.Status} {refusal.Code}); a new one is created next time.",
        ReachState.WritesBlocked => $"Teams blocks messages to this chat ({refusal.Status} {refusal.Code}), e.g. by a tenant policy.",
        _ => $"Teams refused the message ({refusal.Status}{(refusal.Code is null ? "" : " " + refusal.Code)}): {refusal.Reason}",
    };
}
