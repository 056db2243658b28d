namespace DrillPlatform.Core.Scenarios;

/// <summary>An action the plan asks for (templates/scenarios/actions.yaml), named in debriefs.</summary>
public sealed record PlanAction(string Id, Localized Name, IReadOnlyList<string> Citation, string? Addition, string File, int Line);
