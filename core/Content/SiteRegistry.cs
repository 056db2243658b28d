namespace DrillPlatform.Core.Content;

/// <summary>Answers "which room is this?" and "which extinguishers are closest?" for one site.</summary>
public sealed class SiteRegistry(Site site)
{
    // A floor of stairs counts as 30 m of walking; another building ranks after everything in this one.
    public const double FloorPenalty = 30;
    public const double OtherBuildingPenalty = 1000;

    private readonly Dictionary<string, Room> rooms = site.Rooms.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    public Site Site { get; } = site;

    public Room? FindRoom(string query)
    {
        var text = query.Trim();
        if (text.Length == 0)
            return null;
        return rooms.GetValueOrDefault(text)
            ?? Site.Rooms.FirstOrDefault(r =>
                string.Equals(r.Name.ZhCn, text, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(r.Name.En, text, StringComparison.OrdinalIgnoreCase));
    }

    public IReadOnlyList<(Extinguisher Extinguisher, double Distance)> Nearest(Room room, int count) =>
        Site.Extinguishers
            .Where(e => rooms.ContainsKey(e.Room))
            .Select(e => (Extinguisher: e, Distance: Distance(room, e)))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Extinguisher.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();

    private double Distance(Room from, Extinguisher extinguisher)
    {
        var at = rooms[extinguisher.Room];
        var flat = Math.Sqrt(Math.Pow(from.X - extinguisher.X, 2) + Math.Pow(from.Y - extinguisher.Y, 2));
        var floors = Math.Abs(from.Floor - at.Floor) * FloorPenalty;
        var building = string.Equals(from.Building, at.Building, StringComparison.OrdinalIgnoreCase) ? 0 : OtherBuildingPenalty;
        return flat + floors + building;
    }
}
