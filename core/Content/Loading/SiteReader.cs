using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>Reads the site file: buildings, rooms on their floors, and the extinguisher registry.</summary>
internal static class SiteReader
{
    public static IReadOnlyList<string> ExtinguisherTypes => ExtinguisherTypeNames.Ids;

    public static Site Read(NodeReader r, YamlNode? root)
    {
        if (r.Mapping(root, "the site") is not { } map)
            return new Site("", new Localized("", ""), "", [], [], []);
        r.AllowKeys(map, "id", "name", "timeZone", "buildings", "rooms", "extinguishers", "contacts", "places");

        var buildings = Buildings(r, r.Required(map, "buildings"));
        var rooms = Rooms(r, r.Required(map, "rooms"), buildings);
        var extinguishers = Extinguishers(r, r.Required(map, "extinguishers"), rooms);
        var keys = new UniqueIds("contact or place key");
        var contacts = Keyed(r, map, "contacts", keys,
            c => new SiteContact(r.Text(c, "key"), r.Localized(c, "name"), r.Text(c, "number")), c => c.Key, "key", "name", "number");
        var places = Keyed(r, map, "places", keys,
            p => new SitePlace(r.Text(p, "key"), r.Localized(p, "name"), r.Localized(p, "location")), p => p.Key, "key", "name", "location");
        return new Site(r.Text(map, "id"), r.Localized(map, "name"), TimeZone(r, map), buildings, rooms, extinguishers, contacts, places);
    }

    // Contacts and places share one key space: {site.<key>} in a text names either.
    private static List<T> Keyed<T>(NodeReader r, YamlMappingNode site, string list, UniqueIds keys,
        Func<YamlMappingNode, T> read, Func<T, string> key, params string[] allowed) =>
        r.Items(r.Optional(site, list), list).Select(map =>
        {
            r.AllowKeys(map, allowed);
            var item = read(map);
            keys.Add(r, map, key(item));
            return item;
        }).ToList();

    private static string TimeZone(NodeReader r, YamlMappingNode map)
    {
        var id = r.Text(map, "timeZone");
        if (id.Length > 0 && !TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            r.Error(r.Optional(map, "timeZone")!, $"unknown time zone '{id}'");
        return id;
    }

    private static List<Building> Buildings(NodeReader r, YamlNode? node)
    {
        var ids = new UniqueIds("building");
        var buildings = new List<Building>();
        foreach (var map in r.Items(node, "buildings"))
        {
            r.AllowKeys(map, "id", "name", "floors");
            var building = new Building(r.Text(map, "id"), r.Localized(map, "name"), r.Integer(map, "floors"));
            if (building.Floors == 0 || building.Floors < NodeReader.Invalid)
                r.Error(r.Optional(map, "floors")!, $"building '{building.Id}' needs at least one floor");
            ids.Add(r, map, building.Id);
            buildings.Add(building);
        }
        return buildings;
    }

    private static List<Room> Rooms(NodeReader r, YamlNode? node, List<Building> buildings)
    {
        var ids = new UniqueIds("room");
        var rooms = new List<Room>();
        foreach (var map in r.Items(node, "rooms"))
        {
            r.AllowKeys(map, "id", "building", "floor", "name", "kind", "x", "y", "fireClasses");
            var classes = r.TextList(map, "fireClasses");
            foreach (var c in classes.Where(c => !ExtinguisherTypeNames.FireClasses.Contains(c)))
                r.Error(r.Optional(map, "fireClasses")!, $"unknown fire class '{c}' (expected some of: {string.Join(", ", ExtinguisherTypeNames.FireClasses)})");
            var room = new Room(r.Text(map, "id"), r.Text(map, "building"), r.Integer(map, "floor"),
                r.Localized(map, "name"), r.Text(map, "kind"), r.Number(map, "x"), r.Number(map, "y"), classes.Count > 0 ? classes : null);
            ids.Add(r, map, room.Id);
            var building = buildings.FirstOrDefault(b => b.Id == room.Building);
            if (building is null && room.Building.Length > 0)
                r.Error(r.Optional(map, "building")!, $"room '{room.Id}' is in unknown building '{room.Building}'");
            else if (building is { Floors: > 0 } && room.Floor != NodeReader.Invalid && (room.Floor < 1 || room.Floor > building.Floors))
                r.Error(r.Optional(map, "floor") ?? map,
                    $"room '{room.Id}' is on floor {room.Floor}, but building '{building.Id}' has floors 1-{building.Floors}");
            if (rooms.FirstOrDefault(other => SharesName(other, room)) is { } clash)
                r.Error(r.Optional(map, "name")!, $"room '{room.Id}' has the same name as room '{clash.Id}', so it cannot be found by name");
            rooms.Add(room);
        }
        return rooms;
    }

    private static bool SharesName(Room a, Room b) =>
        new[] { a.Name.ZhCn, a.Name.En }.Where(n => n.Length > 0)
            .Intersect(new[] { b.Name.ZhCn, b.Name.En }, StringComparer.OrdinalIgnoreCase).Any();

    private static List<Extinguisher> Extinguishers(NodeReader r, YamlNode? node, List<Room> rooms)
    {
        var ids = new UniqueIds("extinguisher");
        var extinguishers = new List<Extinguisher>();
        foreach (var map in r.Items(node, "extinguishers"))
        {
            r.AllowKeys(map, "id", "type", "room", "location", "x", "y");
            var extinguisher = new Extinguisher(r.Text(map, "id"), r.Text(map, "type"), r.Text(map, "room"),
                r.Localized(map, "location"), r.Number(map, "x"), r.Number(map, "y"));
            ids.Add(r, map, extinguisher.Id);
            if (extinguisher.Type.Length > 0 && !ExtinguisherTypes.Contains(extinguisher.Type))
                r.Error(r.Optional(map, "type")!,
                    $"unknown extinguisher type '{extinguisher.Type}' (expected one of: {string.Join(", ", ExtinguisherTypes)})");
            var at = rooms.FirstOrDefault(room => room.Id == extinguisher.Room);
            if (extinguisher.Room.Length > 0 && at is null)
                r.Error(r.Optional(map, "room")!, $"extinguisher '{extinguisher.Id}' is in unknown room '{extinguisher.Room}'");
            if (at is not null && ExtinguisherTypeNames.Find(extinguisher.Type) is { } type && at.Classes.FirstOrDefault(c => !type.Classes.Contains(c)) is { } unfit)
                r.Error(r.Optional(map, "type")!,
                    $"extinguisher '{extinguisher.Id}' is {extinguisher.Type}, which GB 50140-2005 does not list for class {unfit} fires" +
                    $"{(unfit == "A" ? " (paper)" : "")} in room '{at.Id}'; use one of: {string.Join(", ", ExtinguisherTypeNames.SuitableFor(at.Classes))}");
            extinguishers.Add(extinguisher);
        }
        return extinguishers;
    }
}
