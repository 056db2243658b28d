namespace DrillPlatform.Core.Equipment;

/// <summary>What a person sent from a check card.</summary>
public sealed record CheckSubmission(string TaskId, IReadOnlyList<CheckAnswer> Answers, string? Note);

public enum SubmitKind
{
    /// <summary>This submit completed the check.</summary>
    Recorded,
    /// <summary>The same person had already completed it (a double submit): counted once.</summary>
    Duplicate,
    /// <summary>The card is out of date: the check was done by someone else, or no longer exists.</summary>
    Stale,
    /// <summary>The person is neither the responsible person nor the deputy.</summary>
    NotYours,
    /// <summary>An item was left unanswered or the answers do not match the card.</summary>
    Incomplete,
}

public sealed record SubmitOutcome(SubmitKind Kind, CheckTask? Task, CheckNotice? Notice = null, CheckTask? FollowUp = null);
