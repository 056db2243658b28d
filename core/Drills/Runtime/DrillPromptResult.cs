namespace DrillPlatform.Core.Drills.Runtime;

public enum DrillPromptOutcome
{
    /// <summary>This delivery sent the prompt.</summary>
    Prompted,
    /// <summary>Nothing to do: already prompted (a duplicate delivery), answered, or the drill is over.</summary>
    AlreadyDone,
    /// <summary>The participant is marked Failed; Reason says why.</summary>
    Failed,
    /// <summary>Teams said 429; the message is queued again, invisible for RetryAfter.</summary>
    Throttled,
    /// <summary>Another instance holds a live claim; the message is queued again to check once that claim expires.</summary>
    Deferred,
    /// <summary>The send failed inside a batch; the prompt is queued again on its own, invisible for RetryAfter.</summary>
    Retrying,
}

/// <summary>What one SendDrillPrompt delivery did. Every outcome completes the queue message.</summary>
public sealed record DrillPromptResult(DrillPromptOutcome Outcome, string? Reason = null, TimeSpan? RetryAfter = null)
{
    public static DrillPromptResult Prompted { get; } = new(DrillPromptOutcome.Prompted);

    public static DrillPromptResult AlreadyDone(string why) => new(DrillPromptOutcome.AlreadyDone, why);

    public static DrillPromptResult Failed(string reason) => new(DrillPromptOutcome.Failed, reason);

    public static DrillPromptResult Throttled(TimeSpan retryAfter) => new(DrillPromptOutcome.Throttled, null, retryAfter);

    public static DrillPromptResult Deferred(TimeSpan checkAgainAfter) => new(DrillPromptOutcome.Deferred, null, checkAgainAfter);

    public static DrillPromptResult Retrying(TimeSpan after) => new(DrillPromptOutcome.Retrying, null, after);
}
