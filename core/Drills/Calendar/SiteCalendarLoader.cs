using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Drills;

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
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new SiteCalendarException([$"{fileName}:{e.Start.Line}: {e.Message}"]);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow collections.
            throw new SiteCalendarException([$"{fileName}:1: not valid YAML ({e.Message})"]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new SiteCalendarException([$"{fileName}:1: expected a mapping with timeZone, workingDays, workingHours and holidays"]);

        var reader = new CalendarYamlReader(fileName, errors);
        var calendar = reader.Read(root);
        if (errors.Count > 0 || calendar is null) throw new SiteCalendarException(errors);
        return calendar;
    }

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
