using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Bot.Drills.Summary;

/// <summary>
/// Sends a closed drill's summary card to each recipient's 1:1 chat, in their language. A recipient
/// the bot cannot reach (no stored conversation, or the Connector refuses or fails) is logged by
/// object id and skipped, so one person does not keep the summary from the others. Every chat is
/// read before the first card goes: a storage fault throws before anything was sent, never half-way.
/// </summary>
public sealed class TeamsDrillSummaryNotifier(
    ConversationRefStore conversations,
    ConnectorClient connector,
    SummaryCards cards,
    DrillPlatform.Bot.Reach.ConversationHealth health,
    ILogger<TeamsDrillSummaryNotifier> log) : IDrillSummaryNotifier
{
    public async Task NotifyAsync(DrillSummary summary, IReadOnlyList<StaffMember> recipients, CancellationToken ct)
    {
        var chats = new List<(StaffMember Person, ConversationRef Conversation)>();
        foreach (var person in recipients.DistinctBy(p => p.ObjectId, StringComparer.OrdinalIgnoreCase))
        {
            if (await conversations.GetAsync(person.ObjectId, ct) is { IsUsable: true } conversation) chats.Add((person, conversation));
            else log.LogWarning("Drill {DrillId} summary not sent to {ObjectId}: no Teams conversation is stored", summary.DrillId, person.ObjectId);
        }
        foreach (var (person, conversation) in chats)
            await SendAsync(summary, person, conversation, ct);
    }

    private async Task SendAsync(DrillSummary summary, StaffMember person, ConversationRef conversation, CancellationToken ct)
    {
        var locale = Locales.Normalize(string.IsNullOrWhiteSpace(person.Locale) ? conversation.Locale : person.Locale);
        try
        {
            await connector.SendAsync(conversation.ServiceUrl, conversation.ConversationId, Replies.CardActivity(cards.Render(summary, locale)), ct);
            log.LogInformation("Drill {DrillId} summary sent to {ObjectId}", summary.DrillId, person.ObjectId);
        }
        catch (ConnectorException error)
        {
            log.LogWarning("Drill {DrillId} summary not sent to {ObjectId}: Connector status {Status}", summary.DrillId, person.ObjectId, error.Status);
            await ObserveQuietlyAsync(person, error, ct);
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            // Past the first card, a failure must not stop the rest (the summary is not sent again).
            log.LogWarning(error, "Drill {DrillId} summary not sent to {ObjectId}: the Connector could not be reached", summary.DrillId, person.ObjectId);
        }
    }

    private async Task ObserveQuietlyAsync(StaffMember person, ConnectorException error, CancellationToken ct)
    {
        try
        {
            await health.ObserveAsync(person.ObjectId, error, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "The reach state of {ObjectId} could not be recorded", person.ObjectId);
        }
    }
}
