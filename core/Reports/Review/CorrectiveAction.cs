namespace DrillPlatform.Core.Reports.Review;

public enum CorrectiveActionStatus { Open, Closed }

/// <summary>
/// What will be done about a finding, by whom (a roster person) and by when (site-local date).
/// ScenarioId, when set, ties the action to a scenario: a later drill of it for the same
/// department scoring at or above Reports:VerifyingScore closes the action by itself.
/// OwnerRemindedAt and ManagerEscalatedAt are the past-due ladder's two rungs, each climbed once.
/// </summary>
public sealed record CorrectiveAction
{
    public required string Id { get; init; }
    public required string DrillId { get; init; }
    public required string Department { get; init; }
    public string FindingId { get; init; } = "";
    public string ScenarioId { get; init; } = "";
    public required string What { get; init; }
    public required string Owner { get; init; }
    public required DateOnly DueDate { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public CorrectiveActionStatus Status { get; init; } = CorrectiveActionStatus.Open;
    public DateTimeOffset? OwnerRemindedAt { get; init; }
    public DateTimeOffset? ManagerEscalatedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string ClosedBy { get; init; } = "";
    public string ClosingNote { get; init; } = "";
    /// <summary>The drill whose score closed the action, when a drill did.</summary>
    public string VerifiedByDrill { get; init; } = "";
    public string? Version { get; init; }

    public bool IsOverdue(DateOnly today) => Status == CorrectiveActionStatus.Open && today > DueDate;
}
