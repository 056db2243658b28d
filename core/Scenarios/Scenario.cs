namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// A branching walk-through loaded from templates/scenarios. File and Line point at the source
/// so the validator (and a trainer reading its output) can find what is wrong.
/// </summary>
public sealed record Scenario(
    string Id,
    Localized Title,
    IReadOnlyList<string> Citation,
    IReadOnlyList<ScenarioParameter> Parameters,
    string Start,
    IReadOnlyList<Step> Steps,
    string File,
    int Line)
{
    public const string End = "end";

    public Step? Find(string stepId) => Steps.FirstOrDefault(s => s.Id == stepId);

    public Step Get(string stepId) =>
        Find(stepId) ?? throw new ArgumentException($"Scenario '{Id}' has no step '{stepId}'.", nameof(stepId));
}
