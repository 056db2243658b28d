using DrillPlatform.Core.Drills.Storage;
using DrillPlatform.Core.Scenarios;
using DrillPlatform.Core.Sms;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// The escalation half of EscalateAndClose: an SMS to each participant prompted at least the
/// drill's escalation delay ago who has not answered. SmsSender's outbox keeps it to one SMS per
/// person (key drill:{drillId}:{personId}) however many runs race; a send that did not finish stays
/// Prompted and is retried by the next run with the same repeatability id.
/// </summary>
public sealed class DrillReminders(
    ParticipantStore participants,
    RosterStore roster,
    SmsSender sms,
    ScenarioCatalog catalog,
    ILogger<DrillReminders> logger)
{
    public const string Template = "drill-reminder";

    public static string Key(string drillId, string personId) => $"drill:{drillId}:{personId}";

    /// <returns>How many participants this run marked Escalated.</returns>
    public async Task<int> RemindAsync(Drill drill, DateTimeOffset now, CancellationToken ct)
    {
        var delay = TimeSpan.FromMinutes(drill.EscalationDelayMinutes);
        var due = (await participants.ListAsync(drill.Id, ct))
            .Where(p => p is { Status: ParticipantStatus.Prompted, PromptedAt: { } at } && now >= at + delay)
            .ToList();
        var escalated = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (p, token) =>
        {
            if (await RemindAsync(drill, p.PersonId, now, token)) Interlocked.Increment(ref escalated);
        });
        return escalated;
    }

    private async Task<bool> RemindAsync(Drill drill, string personId, DateTimeOffset now, CancellationToken ct)
    {
        var person = await roster.GetAsync(personId, ct);
        string? reason;
        if (person is null) reason = "Not on the roster any more; no SMS sent.";
        else if (string.IsNullOrWhiteSpace(person.Phone)) reason = "No phone number on the roster; no SMS sent.";
        else
        {
            SmsSendResult result;
            try
            {
                result = await sms.SendOnceAsync(Key(drill.Id, personId), person, Template, Model(drill, person, now), ct);
            }
            catch (SmsSendException e)
            {
                // Nothing was sent; leave the participant Prompted so the next run retries with the same repeatability id.
                logger.LogWarning("Drill {DrillId}: reminder SMS to {PersonId} not sent yet: {Error}", drill.Id, personId, e.Message);
                return false;
            }
            reason = result.Successful ? null : $"The reminder SMS failed: {result.FailureReason}";
        }
        var marked = await participants.MarkEscalatedAsync(drill.Id, personId, reason, now, ct);
        if (marked)
            logger.LogInformation("Drill {DrillId}: {PersonId} escalated ({Outcome})", drill.Id, personId, reason ?? "SMS sent");
        return marked;
    }

    private object Model(Drill drill, StaffMember person, DateTimeOffset now)
    {
        var deadline = (drill.LaunchedAt ?? now).AddMinutes(drill.ResponseDeadlineMinutes);
        var title = catalog.Find(drill.ScenarioId)?.Title.For(person.Locale) ?? drill.ScenarioId;
        return new { ScenarioTitle = title, MinutesLeft = Math.Max(1, (int)Math.Ceiling((deadline - now).TotalMinutes)) };
    }
}
