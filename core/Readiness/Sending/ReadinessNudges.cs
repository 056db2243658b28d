using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Messaging;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Scoring;

namespace DrillPlatform.Core.Readiness.Sending;

/// <summary>
/// Nudge (a trainer's button): every not-ready person of the department gets their own card with
/// their next step, at most once per person per site-local day. The request inserts the day's send
/// row (Queued) and queues a message only if it won; delivery moves the row Queued → Sending under
/// If-Match before the send (a duplicate message stops there), is paced by the ConnectorClient (the same
/// TeamsRateLimiter as every Connector call), and marks it Sent. A failed send puts the row back to Queued
/// and throws, so the queue retries (and, in the end, the poison queue keeps it).
/// </summary>
public sealed class ReadinessNudges(
    ReadinessReader reader,
    ReadinessSendStore sends,
    ReadinessNudgeQueue queue,
    RosterStore roster,
    ConversationRefStore conversations,
    IReadinessNotifier notifier,
    ReadinessWeek week,
    TimeProvider time,
    ILogger<ReadinessNudges> logger)
{
    public const string Kind = "nudge";

    /// <returns>How many people were queued now, and how many not ready were already nudged today.</returns>
    public async Task<(int Queued, int AlreadyToday)> RequestAsync(StaffMember trainer, string department, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var day = Day(now);
        var (queued, already) = (0, 0);
        foreach (var person in (await reader.DepartmentAsync(department, null, ct)).People.Where(p => p.Band == ReadinessBand.NotReady))
        {
            if (!await sends.TryAddAsync(Kind, day, person.PersonId, SendState.Queued, now, ct))
            {
                already++;
                continue;
            }
            await queue.EnqueueAsync(new ReadinessNudgeMessage(person.PersonId, day), ct);
            queued++;
        }
        logger.LogInformation("Nudge of {Department} by {ObjectId}: {Queued} queued, {Already} already nudged today", department, trainer.ObjectId, queued, already);
        return (queued, already);
    }

    /// <returns>true when this delivery sent the nudge.</returns>
    public async Task<bool> DeliverAsync(ReadinessNudgeMessage message, CancellationToken ct = default)
    {
        if (!await sends.TryMoveAsync(Kind, message.Day, message.PersonId, SendState.Queued, SendState.Sending, time.GetUtcNow(), ct))
            return false;
        try
        {
            if (await roster.GetAsync(message.PersonId, ct) is not { } person || await conversations.GetAsync(message.PersonId, ct) is not { } conversation)
            {
                logger.LogWarning("Nudge for {PersonId} not sent: not on the roster or no Teams conversation", message.PersonId);
                await sends.TryMoveAsync(Kind, message.Day, message.PersonId, SendState.Sending, SendState.Sent, time.GetUtcNow(), CancellationToken.None);
                return false;
            }
            var readiness = await reader.PersonAsync(person, ct);
            await notifier.NudgeAsync(person, readiness, conversation, ct);
        }
        catch
        {
            await sends.TryMoveAsync(Kind, message.Day, message.PersonId, SendState.Sending, SendState.Queued, time.GetUtcNow(), CancellationToken.None);
            throw;
        }
        await sends.TryMoveAsync(Kind, message.Day, message.PersonId, SendState.Sending, SendState.Sent, time.GetUtcNow(), CancellationToken.None);
        return true;
    }

    private string Day(DateTimeOffset now) => week.Today(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
