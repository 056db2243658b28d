using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Bot.Reports;

/// <summary>Corrective-action cards to a person's stored 1:1 conversation, never a channel. The owner's cards can close the action.</summary>
public sealed class TeamsCorrectiveActionNotifier(ConversationRefStore conversations, ConnectorClient connector, ReviewCards cards,
    ILogger<TeamsCorrectiveActionNotifier> log) : ICorrectiveActionNotifier
{
    public async Task<bool> SendAsync(CorrectiveAction action, StaffMember to, StaffMember? owner, CorrectiveActionNotice notice, CancellationToken ct)
    {
        if (await conversations.GetAsync(to.ObjectId, ct) is not { } conversation)
        {
            log.LogWarning("Corrective action {ActionId} card not sent to {ObjectId}: no Teams conversation is stored", action.Id, to.ObjectId);
            return false;
        }
        var locale = Locales.Normalize(string.IsNullOrWhiteSpace(to.Locale) ? conversation.Locale : to.Locale);
        var closable = notice != CorrectiveActionNotice.Escalated && string.Equals(to.ObjectId, action.Owner, StringComparison.OrdinalIgnoreCase);
        try
        {
            await connector.SendAsync(conversation.ServiceUrl, conversation.ConversationId, Replies.CardActivity(cards.Action(action, notice, owner, locale, closable)), ct);
            return true;
        }
        catch (ConnectorException error) when (error.Status is 403 or 404)
        {
            log.LogWarning("Corrective action {ActionId} card not sent to {ObjectId}: Connector status {Status}", action.Id, to.ObjectId, error.Status);
            return false;
        }
    }
}
