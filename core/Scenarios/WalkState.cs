namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// One person's walk through one scenario. Immutable and plain data so it round-trips through
/// System.Text.Json into a Table Storage entity; the engine returns a new state for every change.
/// CurrentStep is null once the walk has reached the end.
/// </summary>
public sealed record WalkState(
    string ScenarioId,
    IReadOnlyDictionary<string, string> Parameters,
    DateTimeOffset StartedAt,
    string? CurrentStep,
    DateTimeOffset CurrentPromptedAt,
    IReadOnlyList<StepRecord> History,
    DateTimeOffset? FinishedAt)
{
    public bool Finished => CurrentStep is null;
}

/// <summary>What happened at one visit to a step: the option chosen, or a timeout (Option null).</summary>
public sealed record StepRecord(
    string StepId,
    DateTimeOffset PromptedAt,
    int? Option,
    bool Correct,
    bool TimedOut,
    DateTimeOffset? AnsweredAt,
    string? Action,
    string Next)
{
    public TimeSpan? Latency => AnsweredAt is { } at ? at - PromptedAt : null;
}
