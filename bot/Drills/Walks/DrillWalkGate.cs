using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>The drill a walk belongs to, or the text key that says politely why it cannot be walked.</summary>
public sealed record DrillCheck(Drill? Drill, string? Refusal);

/// <summary>
/// A drill is walked only by its participants, only while it is Launched and before its response
/// deadline; checked when the walk starts and again on every answer, so a closed drill stays closed.
/// </summary>
public sealed class DrillWalkGate(DrillStore drills, ParticipantStore participants)
{
    public async Task<DrillCheck> CheckAsync(string drillId, string personId, DateTimeOffset now, CancellationToken ct)
    {
        var drill = await drills.GetAsync(drillId, ct);
        if (drill is null || await participants.GetAsync(drillId, personId, ct) is null)
            return new DrillCheck(null, "drill_not_participant");
        return drill.Status switch
        {
            DrillStatus.Planned => new DrillCheck(drill, "drill_not_started"),
            DrillStatus.Launched when now < Deadline(drill) => new DrillCheck(drill, null),
            _ => new DrillCheck(drill, "drill_over"),
        };
    }

    public static DateTimeOffset Deadline(Drill drill) =>
        (drill.LaunchedAt ?? drill.PlannedAt) + TimeSpan.FromMinutes(drill.ResponseDeadlineMinutes);
}
