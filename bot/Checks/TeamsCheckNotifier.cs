using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Escalation;

namespace DrillPlatform.Bot.Checks;

/// <summary>
/// Sends check cards and manager alerts proactively: the person's stored conversation reference
/// (captured when they first talked to the bot) gives the chat, the Connector posts the card.
/// </summary>
public sealed class TeamsCheckNotifier(ConversationRefStore conversations, ConnectorClient connector, CheckCards cards, RosterStore roster,
    DrillPlatform.Bot.Reach.ConversationHealth health)
    : ICheckNotifier
{
    public async Task<bool> SendCheckAsync(CheckNotice notice, StaffMember to, CheckCardReason reason, CancellationToken ct)
    {
        if (await conversations.GetAsync(to.ObjectId, ct) is not { IsUsable: true } chat) return false;
        var responsible = reason == CheckCardReason.Deputy ? (await roster.GetAsync(notice.Task.Responsible, ct))?.Name : null;
        await SendAsync(chat, cards.Task(notice, reason, LocaleOf(to, chat), responsible), ct);
        return true;
    }

    public async Task<bool> AlertManagerAsync(CheckNotice notice, StaffMember manager, ManagerAlert alert, CancellationToken ct)
    {
        if (await conversations.GetAsync(manager.ObjectId, ct) is not { IsUsable: true } chat) return false;
        var responsible = await NameAsync(notice.Task.Responsible, ct);
        var deputy = await NameAsync(notice.Task.Deputy, ct);
        await SendAsync(chat, cards.Alert(notice, alert, responsible, deputy, LocaleOf(manager, chat)), ct);
        return true;
    }

    private async Task SendAsync(ConversationRef chat, System.Text.Json.JsonElement card, CancellationToken ct)
    {
        try
        {
            await connector.SendAsync(chat.ServiceUrl, chat.ConversationId, Replies.CardActivity(card), ct);
        }
        catch (ConnectorException e)
        {
            await health.ObserveAsync(chat.AadObjectId, e, ct);
            throw;
        }
    }

    private async Task<string> NameAsync(string objectId, CancellationToken ct) =>
        (await roster.GetAsync(objectId, ct))?.Name ?? objectId;

    private static string LocaleOf(StaffMember person, ConversationRef chat) =>
        string.IsNullOrWhiteSpace(person.Locale) ? Locales.Normalize(chat.Locale) : Locales.Normalize(person.Locale);
}
