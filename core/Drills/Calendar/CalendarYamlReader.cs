using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Drills.Calendar;

/// <summary>Turns the calendar's YAML nodes into a <see cref="SiteCalendar"/>, noting each bad node's line.</summary>
internal sealed class CalendarYamlReader(string fileName, List<string> errors)
{
    private static readonly string[] Keys = ["timeZone", "workingDays", "workingHours", "holidays", "workdays", "shifts"];

    public SiteCalendar? Read(YamlMappingNode root)
    {
        foreach (var key in root.Children.Keys)
            if (key is YamlScalarNode { Value: { } name } && !Keys.Contains(name))
                Error(key, $"unknown key '{name}' (expected one of {string.Join(", ", Keys)})");

        var zone = ReadZone(Required(root, "timeZone"));
        var days = ReadDays(Required(root, "workingDays"));
        var (start, end) = ReadHours(Required(root, "workingHours"));
        var holidays = ReadHolidays(Required(root, "holidays"));
        var workdays = root.Children.TryGetValue(new YamlScalarNode("workdays"), out var w) ? ReadDates(w, "workdays") : [];
        foreach (var (date, node) in workdays)
            if (holidays.ContainsKey(date))
                Error(node, $"{SiteCalendarLoader.Format(date)} is both a holiday and a working day");

        var shifts = root.Children.TryGetValue(new YamlScalarNode("shifts"), out var sh) ? ReadShifts(sh) : [];

        return zone is null || errors.Count > 0
            ? null
            : new SiteCalendar(zone, days, start, end, holidays, workdays.Select(x => x.Date), shifts);
    }

    private YamlNode? Required(YamlMappingNode root, string key)
    {
        if (root.Children.TryGetValue(new YamlScalarNode(key), out var node)) return node;
        Error(root, $"missing '{key}'");
        return null;
    }

    private TimeZoneInfo? ReadZone(YamlNode? node)
    {
        if (node is null) return null;
        var id = Scalar(node, "timeZone");
        if (id is null) return null;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        Error(node, $"unknown time zone '{id}' (use an IANA id such as Asia/Shanghai)");
        return null;
    }

    private List<DayOfWeek> ReadDays(YamlNode? node)
    {
        var days = new List<DayOfWeek>();
        if (node is null) return days;
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            Error(node, "workingDays must be a non-empty list such as [Mon, Tue, Wed, Thu, Fri]");
            return days;
        }
        foreach (var item in seq)
        {
            var text = Scalar(item, "workingDays");
            var day = Enum.GetValues<DayOfWeek>().FirstOrDefault(d => text is not null &&
                (d.ToString().Equals(text, StringComparison.OrdinalIgnoreCase) ||
                 d.ToString()[..3].Equals(text, StringComparison.OrdinalIgnoreCase)), (DayOfWeek)(-1));
            if ((int)day < 0) Error(item, $"'{text}' is not a day of the week (Mon..Sun)");
            else days.Add(day);
        }
        return days;
    }

    private (TimeOnly Start, TimeOnly End) ReadHours(YamlNode? node)
    {
        if (node is null) return default;
        if (node is not YamlMappingNode map)
        {
            Error(node, "workingHours must be a mapping: { start: \"08:00\", end: \"17:30\" }");
            return default;
        }
        var start = ReadTime(map, "start");
        var end = ReadTime(map, "end");
        if (start is { } s && end is { } e && s >= e) Error(map, $"workingHours start {s:HH\\:mm} is not before end {e:HH\\:mm}");
        return (start ?? default, end ?? default);
    }

    private TimeOnly? ReadTime(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            Error(map, $"workingHours is missing '{key}'");
            return null;
        }
        var text = Scalar(node, key);
        if (text is not null && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        Error(node, $"{key} '{text}' is not a time like 08:00");
        return null;
    }

    private Dictionary<DateOnly, string> ReadHolidays(YamlNode? node)
    {
        var holidays = new Dictionary<DateOnly, string>();
        if (node is null) return holidays;
        if (node is not YamlMappingNode map)
        {
            Error(node, "holidays must be a mapping of date to name, e.g. 2026-10-01: 国庆节 National Day");
            return holidays;
        }
        foreach (var (key, value) in map.Children)
        {
            var date = ParseDate(key, "holidays");
            if (date is not null) holidays[date.Value] = Scalar(value, "holiday name") ?? "";
        }
        return holidays;
    }

    private List<Shift> ReadShifts(YamlNode node)
    {
        var shifts = new List<Shift>();
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            Error(node, "shifts must be a non-empty list such as - { id: day, start: \"08:00\", zh-CN: 白班, en: Day }");
            return shifts;
        }
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode map)
            {
                Error(item, "a shift must be a mapping with id, start, zh-CN and en");
                continue;
            }
            string? Field(string key)
            {
                if (map.Children.TryGetValue(new YamlScalarNode(key), out var v)) return Scalar(v, $"shift {key}");
                Error(map, $"a shift is missing '{key}'");
                return null;
            }
            var (id, start, zh, en) = (Field("id"), Field("start"), Field("zh-CN"), Field("en"));
            if (start is not null && !TimeOnly.TryParseExact(start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                Error(map, $"shift start '{start}' is not a time like 08:00");
            else if (shifts.Any(s => s.Id == id))
                Error(map, $"shift '{id}' is listed twice");
            else if (start is not null && shifts.Any(s => s.Start == TimeOnly.ParseExact(start, "HH:mm", CultureInfo.InvariantCulture)))
                Error(map, $"two shifts start at {start}");
            else if (id is not null && start is not null && zh is not null && en is not null)
                shifts.Add(new Shift(id, TimeOnly.ParseExact(start, "HH:mm", CultureInfo.InvariantCulture), new DrillPlatform.Core.Content.Localized(zh, en)));
        }
        return shifts;
    }

    private List<(DateOnly Date, YamlNode Node)> ReadDates(YamlNode node, string field)
    {
        var dates = new List<(DateOnly, YamlNode)>();
        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"{field} must be a list of dates");
            return dates;
        }
        foreach (var item in seq)
            if (ParseDate(item, field) is { } date) dates.Add((date, item));
        return dates;
    }

    private DateOnly? ParseDate(YamlNode node, string field)
    {
        var text = Scalar(node, field);
        if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(node, $"{field}: '{text}' is not a date like 2026-10-01");
        return null;
    }

    private string? Scalar(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Length > 0) return value.Trim();
        Error(node, $"{field} must be a single value");
        return null;
    }

    private void Error(YamlNode node, string reason) => errors.Add(new DrillPlatform.Core.Content.ContentError(fileName, DrillPlatform.Core.Content.Loading.YamlFile.Line(node), reason).ToString());
}
