using DrillPlatform.Core.Roster;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Core.Equipment;

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
    ICheckNotifier notifier,
    CheckRungs rungs,
    SiteClockProvider clocks,
    ILogger<CheckCompletion> logger,
    Readiness.ReadinessRecorder? readiness = null)
{
    public async Task<SubmitOutcome> SubmitAsync(StaffMember by, CheckSubmission submission, DateTimeOffset now, CancellationToken ct = default)
    {
        for (var task = await tasks.GetAsync(submission.TaskId, ct); ; task = await tasks.GetAsync(submission.TaskId, ct))
        {
            if (task is null || await notices.ForAsync(task, ct) is not { } notice)
                return new SubmitOutcome(SubmitKind.Stale, task);
            if (task.Status == CheckStatus.Completed)
                return new SubmitOutcome(string.Equals(task.CompletedBy, by.ObjectId, StringComparison.OrdinalIgnoreCase) ? SubmitKind.Duplicate : SubmitKind.Stale, task, notice);
            if (!task.MayAnswer(by.ObjectId))
                return new SubmitOutcome(SubmitKind.NotYours, task, notice);
            if (Answers(task, notice.Definition, submission) is not { } answers)
                return new SubmitOutcome(SubmitKind.Incomplete, task, notice);

            var done = task with
            {
                Status = CheckStatus.Completed, CompletedBy = by.ObjectId, CompletedAt = now, Answers = answers,
                Note = string.IsNullOrWhiteSpace(submission.Note) ? null : submission.Note.Trim(),
            };
            if (!await tasks.TryReplaceAsync(done, ct)) continue;

            logger.LogInformation("Check {TaskId} recorded by {ObjectId}", done.Id, by.ObjectId);
            if (!done.IsFollowUp)
            {
                await equipment.RecordDoneAsync(done.Site, done.EquipmentId, notice.Definition.Type, clocks.For(done.Site).Today(now), ct);
                if (readiness is not null && Readiness.ReadinessEvents.Check(done, clocks.For(done.Site)) is { } check)
                    await readiness.RecordCheckAsync(done.Responsible, check, ct);
            }
            var followUp = await FollowUpAsync(done, notice with { Task = done }, by, now, ct);
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

    private async Task<CheckTask?> FollowUpAsync(CheckTask done, CheckNotice notice, StaffMember by, DateTimeOffset now, CancellationToken ct)
    {
        var failed = done.ItemsOf(notice.Definition).Where(i => i.Critical && done.Answers.Any(a => a.ItemId == i.Id && !a.Pass)).ToList();
        if (failed.Count == 0) return null;

        var alert = new ManagerAlert(ManagerAlertKind.CriticalFailure, 0, failed, by);
        foreach (var manager in await people.ManagersAsync(done.Department, ct))
            if (!await notifier.AlertManagerAsync(notice, manager, alert, ct))
                logger.LogWarning("Check {TaskId}: manager {ObjectId} could not be reached in Teams", done.Id, manager.ObjectId);

        var followUp = new CheckTask
        {
            Site = done.Site, EquipmentId = done.EquipmentId, CheckId = done.CheckId, DueDate = done.DueDate, Anchor = done.Anchor,
            FollowUp = done.FollowUp + 1, ItemIds = failed.Select(i => i.Id).ToList(),
            Department = done.Department, Responsible = done.Responsible, Deputy = done.Deputy, OpenedAt = now,
        };
        if (await tasks.AddAsync(followUp, ct) && await tasks.GetAsync(followUp.Id, ct) is { } stored)
            await rungs.ClimbAsync(stored, EscalationRung.Assigned, now, ct);
        return followUp;
    }
}
