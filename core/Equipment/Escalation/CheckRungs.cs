using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Sms;

namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>
/// Climbs one rung of a check's ladder exactly once: the rung is claimed by a conditional write on
/// the task (If-Match ETag) before anyone is told, so two timer runs, or a run racing a submit,
/// cannot both send it, and a completed check is never chased. A crash between the claim and the
/// send loses that one message rather than sending it twice; the next rung still follows.
/// </summary>
public sealed class CheckRungs(
    CheckTaskStore tasks,
    CheckNotices notices,
    CheckPeople people,
    ICheckNotifier notifier,
    ManagerAlerts alerts,
    SmsSender sms,
    SiteClockProvider clocks,
    ILogger<CheckRungs> logger)
{
    public const string SmsTemplate = "check-overdue";

    /// <returns>true when this call climbed the rung; false when it was climbed already or the check is done.</returns>
    public async Task<bool> ClimbAsync(CheckTask task, EscalationRung rung, DateTimeOffset now, CancellationToken ct)
    {
        var claimed = await ClaimAsync(task, rung, now, ct);
        if (claimed is null) return false;

        string outcome;
        try
        {
            outcome = await PerformAsync(claimed, rung, now, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Check {TaskId}: rung {Rung} failed", task.Id, rung);
            outcome = RungOutcomes.Failed;
        }
        // A rung some of whose messages failed is released, so the next run sends only those.
        await RecordAsync(claimed.Id, rung, outcome == RungOutcomes.Retry ? null : new RungRecord(now, outcome), ct);
        logger.LogInformation("Check {TaskId}: rung {Rung} {Outcome}", task.Id, rung, outcome);
        return true;
    }

    private async Task<CheckTask?> ClaimAsync(CheckTask task, EscalationRung rung, DateTimeOffset now, CancellationToken ct)
    {
        for (CheckTask? current = task; current is { Status: CheckStatus.Open } && !current.Rungs.ContainsKey(rung);
             current = await tasks.GetAsync(task.Id, ct))
        {
            var claim = current with { Rungs = new Dictionary<EscalationRung, RungRecord>(current.Rungs) { [rung] = new(now, "claimed") } };
            if (await tasks.TryReplaceAsync(claim, ct)) return claim;
        }
        return null;
    }

    private async Task<string> PerformAsync(CheckTask task, EscalationRung rung, DateTimeOffset now, CancellationToken ct)
    {
        if (await notices.ForAsync(task, ct) is not { } notice) return RungOutcomes.Nobody;
        switch (rung)
        {
            case EscalationRung.Assigned:
                return await CardAsync(notice, task.Responsible, task.IsFollowUp ? CheckCardReason.FollowUp : CheckCardReason.Assigned, ct);
            case EscalationRung.RemindResponsible:
                return await CardAsync(notice, task.Responsible, CheckCardReason.Reminder, ct);
            case EscalationRung.RemindDeputy:
                return await CardAsync(notice, task.Deputy, CheckCardReason.Deputy, ct);
            case EscalationRung.Sms:
                if (await people.GetAsync(task.Responsible, ct) is not { Phone.Length: > 0 } person) return RungOutcomes.Nobody;
                var locale = person.Locale;
                var model = new
                {
                    CheckTitle = notice.Definition.Title.For(locale),
                    Location = $"{notice.Equipment.Id}, {notice.Equipment.Location.For(locale)}",
                    DaysOverdue = DaysOverdue(task, now),
                };
                var result = await sms.SendOnceAsync($"check:{task.Id}:sms", person, SmsTemplate, model, ct);
                return result.Successful ? RungOutcomes.Sent : RungOutcomes.Failed;
            case EscalationRung.NotifyManager:
                var alert = new ManagerAlert(ManagerAlertKind.Overdue, DaysOverdue(task, now), [], null);
                var told = await alerts.AlertAsync(notice, task.Department, alert, $"overdue:{task.Id}", ct);
                if (told.Failed > 0) return RungOutcomes.Retry;
                return told.Managers == 0 ? RungOutcomes.Nobody : told.Reached > 0 ? RungOutcomes.Sent : RungOutcomes.Unreachable;
            default:
                throw new ArgumentOutOfRangeException(nameof(rung), rung, null);
        }
    }

    private async Task<string> CardAsync(CheckNotice notice, string personId, CheckCardReason reason, CancellationToken ct)
    {
        if (await people.GetAsync(personId, ct) is not { } person) return RungOutcomes.Nobody;
        return await notifier.SendCheckAsync(notice, person, reason, ct) ? RungOutcomes.Sent : RungOutcomes.Unreachable;
    }

    public int DaysOverdue(CheckTask task, DateTimeOffset now) =>
        Math.Max(1, clocks.For(task.Site).Today(now).DayNumber - task.DueDate.DayNumber);

    // The outcome is for the record (the API shows it); losing it to a race changes nothing else.
    private async Task RecordAsync(string taskId, EscalationRung rung, RungRecord? record, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await tasks.GetAsync(taskId, ct) is not { } current) return;
            var rungs = new Dictionary<EscalationRung, RungRecord>(current.Rungs);
            if (record is null) rungs.Remove(rung);
            else rungs[rung] = record;
            var next = current with { Rungs = rungs };
            if (await tasks.TryReplaceAsync(next, ct)) return;
        }
    }
}
