namespace DrillPlatform.Core.Drills.Model;

/// <summary>One person's part in a drill. Reason says why a participant failed or was escalated.</summary>
public sealed record Participant
{
    public required string DrillId { get; init; }
    public required string PersonId { get; init; }
    public ParticipantStatus Status { get; init; } = ParticipantStatus.Pending;
    public string? Reason { get; init; }
    /// <summary>When an instance claimed the prompt; a claim this old without a send is taken over (DrillPromptDelivery).</summary>
    public DateTimeOffset? ClaimedAt { get; init; }
    public DateTimeOffset? PromptedAt { get; init; }
    /// <summary>When the reminder SMS was attempted; kept when the person answers afterwards.</summary>
    public DateTimeOffset? EscalatedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public double? Score { get; init; }
    /// <summary>Plan action ids the participant missed, written when the drill closes.</summary>
    public IReadOnlyList<string> MissedActions { get; init; } = [];
    public string? Version { get; init; }
}
