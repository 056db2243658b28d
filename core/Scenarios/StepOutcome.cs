namespace DrillPlatform.Core.Scenarios;

public enum AnswerStatus
{
    /// <summary>The answer to the current step was recorded; State has moved on.</summary>
    Accepted,
    /// <summary>This step was already answered (e.g. a card submitted twice); the first answer stands, State unchanged.</summary>
    Duplicate,
    /// <summary>The step is not current and was never answered on this walk; State unchanged.</summary>
    Stale,
    /// <summary>The step's time ran out before the answer; State has the timeout applied.</summary>
    TooLate,
    /// <summary>The option number does not exist on this step; State unchanged.</summary>
    InvalidOption,
}

/// <summary>
/// The result of an answer. Correct, Feedback and Next describe the answer that counts (for
/// Duplicate, the first one). Always store State: TooLate changes it too.
/// </summary>
public sealed record StepOutcome(
    AnswerStatus Status,
    WalkState State,
    string StepId,
    bool Correct,
    Localized? Feedback,
    string? Next)
{
    public bool Finished => State.Finished;
}

/// <summary>Steps that ran out of time, in order, and the state after moving past them.</summary>
public sealed record TimeoutOutcome(WalkState State, IReadOnlyList<string> TimedOutSteps);

/// <summary>The current step as shown to the participant, placeholders filled.</summary>
public sealed record StepView(string StepId, Localized Prompt, IReadOnlyList<Localized> Options, TimeSpan TimeLimit, DateTimeOffset Deadline);
