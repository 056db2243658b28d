using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Bot.Drills.Summary;

/// <summary>
/// Sends a closed drill's summary card to each recipient's 1:1 chat, in their language. A recipient
/// the bot cannot reach (no stored conversation, or the Connector refuses for good) is logged by
/// object id and skipped, so one person does not keep the summary from the others.
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
        foreach (var person in recipients.DistinctBy(p => p.ObjectId, StringComparer.OrdinalIgnoreCase))
        {
            if (await conversations.GetAsync(person.ObjectId, ct) is not { IsUsable: true } conversation)
            {
                log.LogWarning("Drill {DrillId} summary not sent to {ObjectId}: no Teams conversation is stored", summary.DrillId, person.ObjectId);
                continue;
            }
            var locale = Locales.Normalize(string.IsNullOrWhiteSpace(person.Locale) ? conversation.Locale : person.Locale);
            try
            {
                await connector.SendAsync(conversation.ServiceUrl, conversation.ConversationId, Replies.CardActivity(cards.Render(summary, locale)), ct);
                log.LogInformation("Drill {DrillId} summary sent to {ObjectId}", summary.DrillId, person.ObjectId);
            }
            catch (ConnectorException error)
            {
                await health.ObserveAsync(person.ObjectId, error, ct);
                log.LogWarning("Drill {DrillId} summary not sent to {ObjectId}: Connector status {Status}", summary.DrillId, person.ObjectId, error.Status);
            }
        }
    }
}
