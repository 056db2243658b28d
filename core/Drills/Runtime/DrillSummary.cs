namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>What the trainer and the audience's manager receive when a drill closes.</summary>
public sealed record DrillSummary(
    string DrillId,
    string ScenarioId,
    string Department,
    DateTimeOffset? LaunchedAt,
    DateTimeOffset ClosedAt,
    int Participants,
    int Answered,
    int Escalated,
    int Failed,
    TimeSpan? MedianTimeToAnswer,
    IReadOnlyList<StepSummary> Steps,
    IReadOnlyList<ParticipantSummary> People);

/// <summary>
/// How the participants did on one step of the scenario, by their first answer there. NotReached
/// counts the participants who never saw the step (no walk, or a walk that went elsewhere).
/// </summary>
public sealed record StepSummary(string StepId, int Right, int Wrong, int TimedOut)
{
    public int NotReached { get; init; }
}

/// <summary>Score is 0 for a participant who never started the walk; MissedActions are plan action ids (templates/scenarios/actions.yaml).</summary>
public sealed record ParticipantSummary(string PersonId, string Name, ParticipantStatus Status, double? Score, IReadOnlyList<string> MissedActions, string? Reason);

/// <summary>Delivers a closed drill's summary (implemented by the bot as a card).</summary>
public interface IDrillSummaryNotifier
{
    /// <summary>Throws only before anything was sent (the closing counts on it to send once); past that, a recipient it cannot reach is skipped.</summary>
    Task NotifyAsync(DrillSummary summary, IReadOnlyList<DrillPlatform.Core.Roster.StaffMember> recipients, CancellationToken ct);
}
