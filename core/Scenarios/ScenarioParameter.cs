namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// A value a walk is started with. Either a room of a kind from the site registry
/// (RoomKind set) or one of a fixed set of values, each with the text shown for it.
/// </summary>
public sealed record ScenarioParameter(
    string Name,
    string? RoomKind,
    IReadOnlyDictionary<string, Localized> Values,
    int Line);
