namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// Turns a scenario's declared parameters into the values a walk starts with, using the site
/// registry for rooms. A room yields its id plus its name per language ("room", "room.zh-CN",
/// "room.en"); a value parameter yields the value plus its text per language.
/// </summary>
public static class ScenarioParameters
{
    /// <param name="choices">Optional picks, e.g. room=records-store-2 or afterHours=true; the rest take the first room of the kind or the first listed value.</param>
    public static IReadOnlyDictionary<string, string> Resolve(Scenario scenario, SiteRegistry site, IReadOnlyDictionary<string, string>? choices = null)
    {
        var result = new Dictionary<string, string>();
        foreach (var p in scenario.Parameters)
        {
            string? chosen = null;
            choices?.TryGetValue(p.Name, out chosen);
            var (value, text) = p.RoomKind is { } kind ? Room(scenario, site, p, kind, chosen) : Value(scenario, p, chosen);
            result[p.Name] = value;
            result[$"{p.Name}.{Locales.ZhCn}"] = text.ZhCn;
            result[$"{p.Name}.{Locales.En}"] = text.En;
        }
        foreach (var (key, value) in SiteFacts.Values(site.Site))
            result[key] = value;
        return result;
    }

    // A chosen room may be given by id or by name in either language (SiteRegistry.FindRoom).
    private static (string, Localized) Room(Scenario scenario, SiteRegistry site, ScenarioParameter p, string kind, string? chosen)
    {
        var rooms = site.Site.Rooms.Where(r => r.Kind == kind).ToList();
        var room = chosen is null ? rooms.FirstOrDefault() : site.FindRoom(chosen) is { } found && found.Kind == kind ? found : null;
        if (room is null)
            throw new ArgumentException(chosen is null
                ? $"Site '{site.Site.Id}' has no room of kind '{kind}' for parameter '{p.Name}' of scenario '{scenario.Id}'."
                : $"Room '{chosen}' is not a '{kind}' room of site '{site.Site.Id}' (parameter '{p.Name}' of scenario '{scenario.Id}'); choose one of: {string.Join(", ", rooms.Select(r => r.Id))}.");
        return (room.Id, room.Name);
    }

    private static (string, Localized) Value(Scenario scenario, ScenarioParameter p, string? chosen)
    {
        var value = chosen ?? p.Values.Keys.First();
        if (!p.Values.TryGetValue(value, out var text))
            throw new ArgumentException($"Parameter '{p.Name}' of scenario '{scenario.Id}' is '{value}'; expected one of: {string.Join(", ", p.Values.Keys)}.");
        return (value, text);
    }
}
