using DrillPlatform.Core.Equipment.Escalation;

namespace DrillPlatform.Core.Equipment.Tasks;

/// <summary>What a person sent from a check card.</summary>
public sealed record CheckSubmission(string TaskId, IReadOnlyList<CheckAnswer> Answers, string? Note)
{
    // The card's maxLength values (templates/cards/check-task.sbn-json); a client can ignore them.
    public const int MaxItemNoteLength = 500;
    public const int MaxNoteLength = 2000;

    public bool NotesFit =>
        (Note?.Length ?? 0) <= MaxNoteLength && Answers.All(a => (a.Note?.Length ?? 0) <= MaxItemNoteLength);
}

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
    /// <summary>A note is longer than the card allows (500 per item, 2000 for the check).</summary>
    NoteTooLong,
}

public sealed record SubmitOutcome(SubmitKind Kind, CheckTask? Task, CheckNotice? Notice = null, CheckTask? FollowUp = null);
