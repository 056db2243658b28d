using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Sending;
using DrillPlatform.Bot.Reports;
using DrillPlatform.Core.Reports;

namespace DrillPlatform.Bot.Readiness;

/// <summary>
/// Sends readiness cards to a person's stored 1:1 conversation, never a channel. The digest is a
/// manager's department card; a nudge is the person's own card. A failed nudge send throws, so
/// the nudge queue redelivers it (the Connector client already waits out a 429's Retry-After).
/// </summary>
public sealed class TeamsReadinessNotifier(ConversationRefStore conversations, ConnectorClient connector, ReadinessCards cards, ReadinessModel model,
    IOptions<ReportOptions> reports, SiteCalendar calendar, TimeProvider time, ILogger<TeamsReadinessNotifier> log) : IReadinessNotifier
{
    public async Task<bool> SendDigestAsync(StaffMember manager, DepartmentReadiness department, CancellationToken ct)
    {
        if (await conversations.GetAsync(manager.ObjectId, ct) is not { } conversation)
        {
            log.LogWarning("Readiness digest not sent to {ObjectId}: no Teams conversation is stored", manager.ObjectId);
            return false;
        }
        var locale = Locale(manager, conversation);
        var title = ReadinessText.Fill(model.Text("digest_title"), ("department", ReadinessText.Same(department.Department))).For(locale);
        try
        {
            // The digest opens the report tab on the manager's department and the last four quarters.
            var (from, to) = ReportLink.LastFourQuarters(calendar.LocalDate(time.GetUtcNow()));
            var link = ReportLink.For(reports.Value, conversation.ServiceUrl, department.Department, from, to);
            await connector.SendAsync(conversation.ServiceUrl, conversation.ConversationId, Replies.CardActivity(cards.Department(department, locale, [], title, link)), ct);
            return true;
        }
        catch (ConnectorException error) when (error.Status is 403 or 404)
        {
            log.LogWarning("Readiness digest not sent to {ObjectId}: Connector status {Status}", manager.ObjectId, error.Status);
            return false;
        }
    }

    public Task NudgeAsync(StaffMember person, PersonReadiness readiness, ConversationRef conversation, CancellationToken ct)
    {
        var locale = Locale(person, conversation);
        var card = cards.Mine(readiness, locale, model.Text("nudge_title").For(locale));
        return connector.SendAsync(conversation.ServiceUrl, conversation.ConversationId, Replies.CardActivity(card), ct);
    }

    private static string Locale(StaffMember person, ConversationRef conversation) =>
        Locales.Normalize(string.IsNullOrWhiteSpace(person.Locale) ? conversation.Locale : person.Locale);
}
