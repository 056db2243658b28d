using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Scheduling;

namespace DrillPlatform.Core.Equipment.Tasks;

/// <summary>
/// Records an answered check card, once: Open to Completed is a conditional write, so of two
/// submits (a double click, the deputy and the responsible person at once) exactly one records and
/// the other is told. A failed critical item tells the department's managers at once and opens a
/// follow-up check of just the failed items, assigned to the same people.
/// </summary>
public sealed class CheckCompletion(
    CheckTaskStore tasks,
    EquipmentStore equipment,
    CheckNotices notices,
    CheckPeople people,
    ManagerAlerts alerts,
    CheckRungs rungs,
    SiteClockProvider clocks,
    ILogger<CheckCompletion> logger,
    DrillPlatform.Core.Readiness.Recording.ReadinessRecorder? readiness = null)
{
    public async Task<SubmitOutcome> SubmitAsync(StaffMember by, CheckSubmission submission, DateTimeOffset now, CancellationToken ct = default)
    {
        for (var task = await tasks.GetAsync(submission.TaskId, ct); ; task = await tasks.GetAsync(submission.TaskId, ct))
        {
            if (task is null || await notices.ForAsync(task, ct) is not { } notice)
                return new SubmitOutcome(SubmitKind.Stale, task);
            if (task.Status == CheckStatus.Completed)
            {
                if (!string.Equals(task.CompletedBy, by.ObjectId, StringComparison.OrdinalIgnoreCase))
                    return new SubmitOutcome(SubmitKind.Stale, task, notice);
                // The same person again: finish whatever the first submit could not (follow-up, alerts).
                var resumed = await FollowUpAsync(task, notice, task.CompletedAt ?? now, ct);
                return new SubmitOutcome(SubmitKind.Duplicate, task, notice, resumed);
            }
            if (!task.MayAnswer(by.ObjectId))
                return new SubmitOutcome(SubmitKind.NotYours, task, notice);
            if (!submission.NotesFit)
                return new SubmitOutcome(SubmitKind.NoteTooLong, task, notice);
            if (Answers(task, notice.Definition, submission) is not { } answers)
                return new SubmitOutcome(SubmitKind.Incomplete, task, notice);

            var done = task with
            {
                Status = CheckStatus.Completed, CompletedBy = by.ObjectId, CompletedAt = now, Answers = answers,
                Note = string.IsNullOrWhiteSpace(submission.Note) ? null : submission.Note.Trim(),
            };
            if (!await tasks.TryReplaceAsync(done, ct)) continue;

            logger.LogInformation("Check {TaskId} recorded by {ObjectId}", done.Id, by.ObjectId);
            var followUp = await FollowUpAsync(done, notice with { Task = done }, now, ct);
            if (!done.IsFollowUp)
            {
                await equipment.RecordDoneAsync(done.Site, done.EquipmentId, notice.Definition.Type, clocks.For(done.Site).Today(now), ct);
                if (readiness is not null && DrillPlatform.Core.Readiness.Recording.ReadinessEvents.Check(done, clocks.For(done.Site)) is { } check)
                    await readiness.RecordCheckAsync(done.Responsible, check, ct);
            }
            return new SubmitOutcome(SubmitKind.Recorded, done, notice with { Task = done }, followUp);
        }
    }

    /// <returns>The answers in checklist order, or null when they do not cover exactly the card's items.</returns>
    private static List<CheckAnswer>? Answers(CheckTask task, CheckDefinition definition, CheckSubmission submission)
    {
        var items = task.ItemsOf(definition);
        var byItem = submission.Answers.GroupBy(a => a.ItemId).ToDictionary(g => g.Key, g => g.Last());
        if (items.Any(i => !byItem.ContainsKey(i.Id)) || byItem.Keys.Any(id => items.All(i => i.Id != id))) return null;
        return items.Select(i => byItem[i.Id] with { Note = string.IsNullOrWhiteSpace(byItem[i.Id].Note) ? null : byItem[i.Id].Note!.Trim() }).ToList();
    }

    /// <summary>
    /// The follow-up check first (it is what gets the extinguisher fixed, whatever happens to the
    /// alerts), then each manager on their own. Safe to run again: the follow-up's id is fixed, and
    /// managers already told are skipped.
    /// </summary>
    private async Task<CheckTask?> FollowUpAsync(CheckTask done, CheckNotice notice, DateTimeOffset now, CancellationToken ct)
    {
        var failed = done.ItemsOf(notice.Definition).Where(i => i.Critical && done.Answers.Any(a => a.ItemId == i.Id && !a.Pass)).ToList();
        if (failed.Count == 0) return null;

        var followUp = new CheckTask
        {
            Site = done.Site, EquipmentId = done.EquipmentId, CheckId = done.CheckId, DueDate = done.DueDate, Anchor = done.Anchor,
            FollowUp = done.FollowUp + 1, ItemIds = failed.Select(i => i.Id).ToList(),
            Department = done.Department, Responsible = done.Responsible, Deputy = done.Deputy, OpenedAt = done.CompletedAt ?? now,
        };
        await tasks.AddAsync(followUp, ct);
        if (await tasks.GetAsync(followUp.Id, ct) is { } stored)
            await rungs.ClimbAsync(stored, EscalationRung.Assigned, now, ct);

        var by = await people.GetAsync(done.CompletedBy ?? "", ct);
        var alert = new ManagerAlert(ManagerAlertKind.CriticalFailure, 0, failed, by);
        await alerts.AlertAsync(notice, done.Department, alert, $"critical:{done.Id}", ct);
        return followUp;
    }
}
