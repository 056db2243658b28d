using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Bot.Drills.Trainers;

/// <summary>"cancel &lt;id&gt;": a schedule id deletes the schedule and cancels its planned drills; a drill id cancels that drill if still planned.</summary>
public sealed class CancelConversation(ScheduleStore schedules, DrillStore drills, Texts texts, Replies replies, TimeProvider time, ILogger<CancelConversation> log)
{
    public async Task CancelAsync(Turn turn, string argument, CancellationToken ct)
    {
        var id = argument.Trim();
        var locale = turn.Locale;
        var now = time.GetUtcNow();
        if (id.Length == 0)
        {
            await replies.TextAsync(turn.Activity, texts.Get("cancel_usage", locale), ct);
            return;
        }
        if (await schedules.GetAsync(id, ct) is not null)
        {
            await schedules.DeleteAsync(id, ct);
            var cancelled = await drills.CancelPlannedAsync(id, now, ct);
            log.LogInformation("Schedule {ScheduleId} deleted by {ObjectId}; {Count} planned drills cancelled", id, turn.Person.ObjectId, cancelled);
            await replies.TextAsync(turn.Activity, texts.Get("cancel_schedule_done", locale, id, cancelled), ct);
            return;
        }
        if (await drills.CancelAsync(id, now, ct))
        {
            log.LogInformation("Drill {DrillId} cancelled by {ObjectId}", id, turn.Person.ObjectId);
            await replies.TextAsync(turn.Activity, texts.Get("cancel_drill_done", locale, id), ct);
            return;
        }
        var text = await drills.GetAsync(id, ct) is { } drill
            ? texts.Get("cancel_drill_not_planned", locale, id, texts.Get("drills_status_" + drill.Status, locale))
            : texts.Get("cancel_unknown", locale, id);
        await replies.TextAsync(turn.Activity, text, ct);
    }
}
