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

/// <summary>How the participants did on one step of the scenario.</summary>
public sealed record StepSummary(string StepId, int Right, int Wrong, int TimedOut);

public sealed record ParticipantSummary(string PersonId, string Name, ParticipantStatus Status, double? Score, IReadOnlyList<string> MissedActions, string? Reason);

/// <summary>Delivers a closed drill's summary (implemented by the bot as a card).</summary>
public interface IDrillSummaryNotifier
{
    Task NotifyAsync(DrillSummary summary, IReadOnlyList<Roster.StaffMember> recipients, CancellationToken ct);
}
