using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Recording;

/// <summary>What counts as a readiness event, shared by the incremental path and rebuild-readiness so the two cannot drift.</summary>
public static class ReadinessEvents
{
    /// <summary>A drill counts for everyone who was prompted: their score if they answered, 0 if not. Null for someone never prompted.</summary>
    public static DrillOutcome? Drill(Drill drill, Participant p, double? score, IReadOnlyList<string> missed, DateTimeOffset closedAt)
    {
        if (p.PromptedAt is null && p.Status is not (ParticipantStatus.Answered or ParticipantStatus.Escalated)) return null;
        var answered = p.Status == ParticipantStatus.Answered || p.AnsweredAt is not null;
        return new DrillOutcome(drill.Id, drill.ScenarioId, drill.LaunchedAt ?? closedAt, answered ? score ?? 0 : 0, answered, answered ? missed : []);
    }

    /// <summary>A scheduled check (follow-ups do not count), with the site-local date it was done.</summary>
    public static CheckRecord? Check(CheckTask task, SiteClock clock) => task.IsFollowUp
        ? null
        : new CheckRecord(task.Id, task.EquipmentId, task.CheckId, task.DueDate, task.CompletedAt is { } at ? clock.Today(at) : null);
}
