using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Drills.Calendar;

/// <summary>
/// Reads templates/calendar/site-calendar.yaml with the content readers: every problem is a file:line
/// error and start-up fails with all of them (<see cref="ContentValidationException"/>). The time zone
/// is not the calendar's: it is the site's (site/*.yaml timeZone), passed in.
/// </summary>
public static class SiteCalendarLoader
{
    private static readonly string[] Days = Enum.GetNames<DayOfWeek>();

    public static SiteCalendar Load(string path, TimeZoneInfo zone) => Parse(File.ReadAllText(path), path, zone);

    public static SiteCalendar Parse(string yaml, string fileName, TimeZoneInfo zone)
    {
        var errors = new ContentErrors();
        var r = new NodeReader(fileName, errors);
        var map = r.Mapping(YamlFile.Parse(fileName, yaml, errors.Add), "the site calendar");
        var calendar = map is null ? null : Read(r, map, zone);
        errors.ThrowIfAny();
        return calendar!; // no mapping is always an error: a YAML one, an empty file, or another kind of node
    }

    private static SiteCalendar Read(NodeReader r, YamlMappingNode map, TimeZoneInfo zone)
    {
        r.AllowKeys(map, "workingDays", "workingHours", "holidays", "workdays", "shifts", "timeZone");
        if (r.Optional(map, "timeZone") is { } stated)
            r.Error(stated, $"remove 'timeZone': the site's time zone is stated once, in the site file ({ContentLoader.SiteFolder}/*.yaml)");
        var days = WorkingDays(r, r.Required(map, "workingDays"));
        var (start, end) = WorkingHours(r, r.Mapping(r.Required(map, "workingHours"), "'workingHours' (start and end)"));
        var holidays = new Dictionary<DateOnly, string>();
        if (r.Mapping(r.Required(map, "holidays"), "'holidays' (date: name)") is { } holidayMap)
            foreach (var (day, key, name) in r.Entries(holidayMap, "'holidays'"))
                if (r.Date(key, "each date of 'holidays'") is { } date)
                    holidays[date] = r.Scalar(name, $"the name of holiday {day}");
        var workdays = new List<DateOnly>();
        foreach (var (_, node) in r.TextItems(r.Optional(map, "workdays"), "'workdays'"))
            if (r.Date(node, "each entry of 'workdays'") is { } date)
            {
                if (holidays.ContainsKey(date)) r.Error(node, $"{date.ToString(NodeReader.DatePattern, CultureInfo.InvariantCulture)} is both a holiday and a working day");
                workdays.Add(date);
            }
        return new SiteCalendar(zone, days, start, end, holidays, workdays, Shifts(r, r.Optional(map, "shifts")));
    }

    private static List<DayOfWeek> WorkingDays(NodeReader r, YamlNode? node)
    {
        if (node is YamlSequenceNode { Children.Count: 0 })
            r.Error(node, "'workingDays' must not be empty: list them, e.g. [Mon, Tue, Wed, Thu, Fri]");
        var days = new List<DayOfWeek>();
        foreach (var (text, item) in r.TextItems(node, "'workingDays'"))
        {
            var index = Array.FindIndex(Days, d => d.Equals(text, StringComparison.OrdinalIgnoreCase) || d[..3].Equals(text, StringComparison.OrdinalIgnoreCase));
            if (index < 0) r.Error(item, $"'{text}' is not a day of the week (Mon..Sun)");
            else days.Add((DayOfWeek)index);
        }
        return days;
    }

    private static (TimeOnly Start, TimeOnly End) WorkingHours(NodeReader r, YamlMappingNode? map)
    {
        if (map is null) return default;
        r.AllowKeys(map, "start", "end");
        var (start, end) = (r.Time(map, "start"), r.Time(map, "end"));
        if (start is { } s && end is { } e && s >= e) r.Error(map, $"workingHours start {s:HH\\:mm} is not before end {e:HH\\:mm}");
        return (start ?? default, end ?? default);
    }

    private static List<Shift> Shifts(NodeReader r, YamlNode? node)
    {
        if (node is YamlSequenceNode { Children.Count: 0 })
            r.Error(node, "'shifts' must not be empty: leave it out for day, evening and night");
        var shifts = new List<Shift>();
        foreach (var map in r.Items(node, "shifts"))
        {
            r.AllowKeys(map, "id", "start", Locales.ZhCn, Locales.En);
            var shift = (Id: r.Text(map, "id"), Start: r.Time(map, "start"), Name: new Localized(r.Text(map, Locales.ZhCn), r.Text(map, Locales.En)));
            if (shifts.Any(s => s.Id == shift.Id))
                r.Error(map, $"shift '{shift.Id}' is listed twice");
            else if (shifts.Any(s => s.Start == shift.Start))
                r.Error(map, $"two shifts start at {shift.Start:HH\\:mm}");
            else if (shift.Start is { } start && shift.Id.Length > 0)
                shifts.Add(new Shift(shift.Id, start, shift.Name));
        }
        return shifts;
    }
}
