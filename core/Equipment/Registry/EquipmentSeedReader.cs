using DrillPlatform.Core.Content.Loading;
using DrillPlatform.Core.Equipment.Definitions;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Equipment.Registry;

/// <summary>
/// Builds the demo registry: the site's extinguishers plus the items of templates/checks/equipment.yaml,
/// each with the keepers (department, responsible, deputy) and dates of its room unless it names its own.
/// </summary>
public static class EquipmentSeedReader
{
    public const string File = $"{CheckCatalogLoader.Folder}/{CheckCatalogLoader.SeedFile}";

    private sealed record Keepers(string Department, string Responsible, string Deputy, DateOnly? LastCheck, DateOnly? LastMaintenance);

    public static IReadOnlyList<EquipmentItem> Read(string templatesRoot, Site site, IReadOnlySet<string> kinds)
    {
        var errors = new ContentErrors();
        var r = new NodeReader(File, errors);
        var items = new List<EquipmentItem>();
        if (r.Mapping(YamlFile.Parse(templatesRoot, File, errors), "the equipment file") is { } map)
        {
            r.AllowKeys(map, "installedOn", "keepers", "items");
            var installed = Date(r, map, "installedOn", required: true) ?? DateOnly.MinValue;
            var byRoom = KeepersByRoom(r, map, site);
            foreach (var e in site.Extinguishers)
            {
                if (byRoom.TryGetValue(e.Room, out var k))
                    items.Add(new EquipmentItem(site.Id, e.Id, EquipmentKinds.Extinguisher, e.Type, e.Room, e.Location, installed,
                        k.LastCheck, k.LastMaintenance, k.Department, k.Responsible, k.Deputy));
                else
                    r.Error(map, $"extinguisher '{e.Id}' is in room '{e.Room}', which no entry of 'keepers' covers");
            }
            var ids = new UniqueIds("equipment");
            foreach (var item in r.Items(r.Required(map, "items"), "items"))
                if (Item(r, item, site, kinds, installed, byRoom) is { } read)
                {
                    ids.Add(r, item, read.Id);
                    if (site.Extinguishers.Any(e => e.Id == read.Id))
                        r.Error(item, $"equipment id '{read.Id}' is already an extinguisher of the site");
                    items.Add(read);
                }
        }
        errors.ThrowIfAny();
        return items;
    }

    private static Dictionary<string, Keepers> KeepersByRoom(NodeReader r, YamlMappingNode map, Site site)
    {
        var byRoom = new Dictionary<string, Keepers>(StringComparer.Ordinal);
        foreach (var entry in r.Items(r.Required(map, "keepers"), "keepers"))
        {
            r.AllowKeys(entry, "rooms", "department", "responsible", "deputy", "lastCheck", "lastMaintenance");
            var keepers = ReadKeepers(r, entry, null);
            foreach (var room in r.TextList(entry, "rooms"))
            {
                if (site.Rooms.All(x => x.Id != room))
                    r.Error(entry, $"unknown room '{room}' (not a room of site '{site.Id}')");
                else if (!byRoom.TryAdd(room, keepers))
                    r.Error(entry, $"room '{room}' appears in more than one entry of 'keepers'");
            }
        }
        return byRoom;
    }

    private static Keepers ReadKeepers(NodeReader r, YamlMappingNode map, Keepers? inherited)
    {
        string Person(string key) =>
            inherited is not null && r.Optional(map, key) is null ? (key == "responsible" ? inherited.Responsible : inherited.Deputy) : ObjectId(r, map, key);
        var department = inherited is not null && r.Optional(map, "department") is null ? inherited.Department : r.Text(map, "department");
        var keepers = new Keepers(department, Person("responsible"), Person("deputy"),
            Date(r, map, "lastCheck", required: false) ?? inherited?.LastCheck,
            Date(r, map, "lastMaintenance", required: false) ?? inherited?.LastMaintenance);
        if (keepers.Responsible.Length > 0 && keepers.Responsible == keepers.Deputy)
            r.Error(map, "the deputy must be someone other than the responsible person");
        return keepers;
    }

    private static EquipmentItem? Item(NodeReader r, YamlMappingNode map, Site site, IReadOnlySet<string> kinds, DateOnly installed,
        Dictionary<string, Keepers> byRoom)
    {
        r.AllowKeys(map, "id", "kind", "room", "location", "installedOn", "department", "responsible", "deputy", "lastCheck", "lastMaintenance");
        var id = r.Text(map, "id");
        var kind = r.Text(map, "kind");
        if (kind.Length > 0 && !kinds.Contains(kind))
            r.Error(r.Optional(map, "kind")!, $"no check definition applies to kind '{kind}' (known kinds: {string.Join(", ", kinds.Order())})");
        var room = r.Text(map, "room");
        if (room.Length > 0 && site.Rooms.All(x => x.Id != room))
            r.Error(r.Optional(map, "room")!, $"unknown room '{room}' (not a room of site '{site.Id}')");
        byRoom.TryGetValue(room, out var roomKeepers);
        if (roomKeepers is null && r.Optional(map, "responsible") is null)
            r.Error(map, $"item '{id}' names no keepers and its room '{room}' has none in 'keepers'");
        var k = ReadKeepers(r, map, roomKeepers);
        return new EquipmentItem(site.Id, id, kind, null, room, r.Localized(map, "location"),
            Date(r, map, "installedOn", required: false) ?? installed, k.LastCheck, k.LastMaintenance, k.Department, k.Responsible, k.Deputy);
    }

    private static string ObjectId(NodeReader r, YamlMappingNode map, string key)
    {
        var text = r.Text(map, key);
        if (text.Length > 0 && !Guid.TryParse(text, out _))
            r.Error(r.Optional(map, key)!, $"'{key}' must be a roster object id (a GUID), not '{text}'");
        return text.ToLowerInvariant();
    }

    private static DateOnly? Date(NodeReader r, YamlMappingNode map, string key, bool required) =>
        required || r.Optional(map, key) is not null ? r.Date(map, key) : null;
}
