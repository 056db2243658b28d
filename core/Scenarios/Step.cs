namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// One decision. Timeout names where the walk goes when the time limit passes; null means
/// "where the right answer would have gone" (see <see cref="ScenarioPath.TimeoutTarget"/>).
/// Addition is the reason a step citing platform-addition goes beyond the plan.
/// </summary>
public sealed record Step(
    string Id,
    Localized Prompt,
    int TimeLimitSeconds,
    IReadOnlyList<Option> Options,
    IReadOnlyList<string> Citation,
    string? Timeout,
    string? Addition,
    int Line)
{
    public TimeSpan TimeLimit => TimeSpan.FromSeconds(TimeLimitSeconds);
}

/// <summary>
/// One answer. CorrectWhen, when present, makes the option right only for those parameter
/// values (e.g. afterHours=true: the on-duty person reports), otherwise Correct decides.
/// </summary>
public sealed record Option(
    Localized Text,
    bool Correct,
    IReadOnlyDictionary<string, string>? CorrectWhen,
    Localized Feedback,
    string Next,
    string? Action,
    int Line)
{
    /// <summary>`dangerous: true`: choosing this would put someone in danger; the answered card says so plainly.</summary>
    public bool Dangerous { get; init; }

    public bool IsCorrect(IReadOnlyDictionary<string, string> parameters) =>
        CorrectWhen is null
            ? Correct
            : CorrectWhen.All(c => parameters.TryGetValue(c.Key, out var value) && value == c.Value);
}
