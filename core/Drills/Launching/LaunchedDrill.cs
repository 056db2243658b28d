namespace DrillPlatform.Core.Drills.Launching;

/// <summary>A drill this launcher claimed, and how many prompts it queued.</summary>
public sealed record LaunchedDrill(string DrillId, string ScenarioId, string Department, int Participants);
