using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Drills.Calendar;

/// <summary>
/// Reads templates/calendar/site-calendar.yaml. Every problem is collected with its line so a trainer fixing
/// the file sees them all at once, then start-up fails with <see cref="SiteCalendarException"/>.
/// </summary>
public static class SiteCalendarLoader
{
    public static SiteCalendar Load(string path) => Parse(File.ReadAllText(path), path);

    public static SiteCalendar Parse(string yaml, string fileName)
    {
        var errors = new List<string>();
        var node = YamlFile.Parse(fileName, yaml, e => errors.Add(e.ToString()));
        if (errors.Count > 0) throw new SiteCalendarException(errors);
        if (node is not YamlMappingNode root)
            throw new SiteCalendarException([$"{fileName}:{(node is null ? 1 : YamlFile.Line(node))}: expected a mapping with timeZone, workingDays, workingHours and holidays"]);

        var reader = new CalendarYamlReader(fileName, errors);
        var calendar = reader.Read(root);
        if (errors.Count > 0 || calendar is null) throw new SiteCalendarException(errors);
        return calendar;
    }

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
