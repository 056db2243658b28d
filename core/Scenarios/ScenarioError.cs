namespace DrillPlatform.Core.Scenarios;

/// <summary>A content problem, printed as "file:line: reason" like the content validator's.</summary>
public sealed record ScenarioError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

public sealed class ScenarioContentException(IReadOnlyList<ScenarioError> errors)
    : Exception("Scenario content is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
