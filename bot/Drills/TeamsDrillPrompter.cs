using DrillPlatform.Bot.Reach;
using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Bot.Drills;

/// <summary>
/// Sends the drill alert card to the person's stored 1:1 chat. A 429 is not retried here: it becomes
/// DrillPromptThrottledException so the queue waits out Retry-After. A 403/404 (app blocked or
/// removed, chat gone) cannot be fixed by retrying and fails the participant with a reason; Teams'
/// error code also marks the stored chat (ConversationHealth).
/// </summary>
public sealed class TeamsDrillPrompter(ConnectorClient connector, DrillAlertCard card, ConversationHealth health, TimeProvider time) : IDrillPrompter
{
    // Teams sends Retry-After with its 429s; if it ever does not, wait a little rather than not at all.
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(2);

    public async Task PromptAsync(Drill drill, Participant participant, StaffMember person, ConversationRef conversation, CancellationToken ct)
    {
        var locale = Locales.Normalize(string.IsNullOrWhiteSpace(person.Locale) ? conversation.Locale : person.Locale);
        var activity = Replies.CardActivity(card.Render(drill, locale, time.GetUtcNow()));
        try
        {
            await connector.SendAsync(conversation.ServiceUrl, conversation.ConversationId, activity, retryThrottled: false, ct);
        }
        catch (ConnectorException e) when (e.Status == 429)
        {
            throw new DrillPromptThrottledException(e.RetryAfter ?? DefaultRetryAfter);
        }
        catch (ConnectorException e) when (e.Status is 403 or 404)
        {
            var state = await health.ObserveAsync(conversation.AadObjectId, e, ct);
            throw new DrillPromptRejectedException(state is null
                ? $"Teams refused the drill prompt ({e.Status}): the person may have blocked or removed the DrillPlatform app. {e.Reason}"
                : ConversationHealth.Explain(state, e), e);
        }
    }
}
