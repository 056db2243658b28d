using System.Text.RegularExpressions;
using C = DrillPlatform.Core.Equipment.Registry.Csv.EquipmentColumns;

namespace DrillPlatform.Core.Equipment.Registry.Csv;

/// <summary>Turns one registry CSV row into an <see cref="EquipmentItem"/>, or says what is wrong with each column.</summary>
internal sealed partial class EquipmentRowValidator(Site site, IReadOnlySet<string> kinds, IReadOnlySet<string> roster, DateOnly today)
{
    public static IReadOnlyList<string> ExtinguisherTypes => DrillPlatform.Core.Content.ExtinguisherTypeNames.Ids;

    public EquipmentItem? Validate(int row, Func<string, string> field, List<RowError> errors)
    {
        var before = errors.Count;
        void Fail(string column, string reason) => errors.Add(new RowError(row, column, reason));

        var id = field(C.Id).ToLowerInvariant();
        if (!IdPattern().IsMatch(id)) Fail(C.Id, $"'{id}' is not an equipment id: lower-case letters, digits and dashes, up to 63");

        var kind = field(C.Kind).ToLowerInvariant();
        if (!kinds.Contains(kind)) Fail(C.Kind, $"unknown kind '{kind}'; known kinds: {string.Join(", ", kinds.Order())}");

        var type = field(C.Type).ToLowerInvariant();
        if (kind == EquipmentKinds.Extinguisher && !ExtinguisherTypes.Contains(type))
            Fail(C.Type, $"an extinguisher needs a type, one of: {string.Join(", ", ExtinguisherTypes)} (got '{type}')");

        var room = field(C.Room);
        if (room.Length > 0 && site.Rooms.All(r => !r.Id.Equals(room, StringComparison.OrdinalIgnoreCase)))
            Fail(C.Room, $"unknown room '{room}' at site '{site.Id}'");

        var (zh, en) = (field(C.LocationZh), field(C.LocationEn));
        if (zh.Length == 0 && en.Length == 0) Fail(C.LocationZh, "a location is needed in locationZh or locationEn");

        var installed = Date(C.InstalledOn, required: true);
        var lastCheck = Date(C.LastCheck, required: false);
        var lastMaintenance = Date(C.LastMaintenance, required: false);
        foreach (var (column, date) in new[] { (C.LastCheck, lastCheck), (C.LastMaintenance, lastMaintenance) })
            if (date is { } d && installed is { } i && d < i) Fail(column, $"{Dates.Format(d)} is before installedOn {Dates.Format(i)}");

        var department = field(C.Department);
        if (department.Length == 0) Fail(C.Department, "is empty");
        var responsible = Person(C.Responsible);
        var deputy = Person(C.Deputy);
        if (responsible is not null && responsible == deputy) Fail(C.Deputy, "must be someone other than the responsible person");

        if (errors.Count > before) return null;
        return new EquipmentItem(site.Id, id, kind, type.Length == 0 ? null : type, room.Length == 0 ? null : room.ToLowerInvariant(),
            new Localized(zh.Length > 0 ? zh : en, en.Length > 0 ? en : zh), installed!.Value, lastCheck, lastMaintenance,
            department, responsible!, deputy!);

        DateOnly? Date(string column, bool required)
        {
            var text = field(column);
            if (text.Length == 0)
            {
                if (required) Fail(column, "is empty; write the date as yyyy-MM-dd");
                return null;
            }
            if (Dates.Parse(text) is not { } date) { Fail(column, $"'{text}' is not a date written yyyy-MM-dd"); return null; }
            if (date > today) { Fail(column, $"{text} is in the future"); return null; }
            return date;
        }

        string? Person(string column)
        {
            var text = field(column);
            if (!Guid.TryParse(text, out var guid)) { Fail(column, $"'{text}' is not a roster object id (a GUID)"); return null; }
            var key = guid.ToString("D");
            if (!roster.Contains(key)) { Fail(column, $"{key} is not on the roster"); return null; }
            return key;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();
}
