namespace DrillPlatform.Core.Drills;

/// <summary>One person's part in a drill. Reason says why a participant failed or was escalated.</summary>
public sealed record Participant
{
    public required string DrillId { get; init; }
    public required string PersonId { get; init; }
    public ParticipantStatus Status { get; init; } = ParticipantStatus.Pending;
    public string? Reason { get; init; }
    public DateTimeOffset? PromptedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public double? Score { get; init; }
    public string? Version { get; init; }
}
