using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Unit")]
public class SiteCalendarLoaderTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private const string Valid = """
        workingDays: [Mon, Tue, Wed, Thu, Fri]
        workingHours: { start: "08:00", end: "17:30" }
        holidays:
          2026-10-01: National Day
        """;

    private static IReadOnlyList<string> Errors(string yaml, string file) =>
        Assert.Throws<ContentValidationException>(() => SiteCalendarLoader.Parse(yaml, file, Zone)).Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void Parse_WhenValid_ReadsHoursAndHolidaysInTheSiteZone()
    {
        var calendar = SiteCalendarLoader.Parse(Valid, "calendar.yaml", Zone);

        Assert.Equal(new TimeOnly(17, 30), calendar.WorkingEnd);
        Assert.Equal("National Day", calendar.HolidayName(new DateOnly(2026, 10, 1)));
        Assert.Same(Zone, calendar.TimeZone);
    }

    [Fact]
    public void Parse_WhenHolidayIsNotADate_ReportsFileAndLine()
    {
        var yaml = Valid + "\n  2026-13-01: Nonsense\n";

        Assert.Equal("calendar/site-calendar.yaml:5: each date of 'holidays' must be a date written yyyy-MM-dd, not '2026-13-01'",
            Assert.Single(Errors(yaml, "calendar/site-calendar.yaml")));
    }

    [Fact]
    public void Parse_WhenTheCalendarStatesATimeZone_SaysTheSiteFileStatesIt()
    {
        var yaml = "timeZone: Asia/Shanghai\n" + Valid;

        Assert.StartsWith("calendar.yaml:1: remove 'timeZone': the site's time zone is stated once, in the site file", Assert.Single(Errors(yaml, "calendar.yaml")));
    }

    [Fact]
    public void Parse_WhenSeveralThingsAreWrong_ReportsEveryOne()
    {
        var yaml = Valid.Replace("Fri]", "Fry]").Replace("\"17:30\"", "\"7pm\"");

        Assert.Equal(["calendar.yaml:1: 'Fry' is not a day of the week (Mon..Sun)", "calendar.yaml:2: 'end' must be a time written HH:mm (08:00), not '7pm'"],
            Errors(yaml, "calendar.yaml"));
    }

    [Fact]
    public void Parse_WhenHolidaysAreMissing_SaysSo()
    {
        var yaml = string.Join('\n', Valid.Split('\n').Take(2));

        Assert.Contains("calendar.yaml:1: missing 'holidays'", Errors(yaml, "calendar.yaml"));
    }

    [Fact]
    public void Parse_WhenYamlIsMalformed_ReportsTheParserLine()
    {
        var yaml = Valid.Replace("workingHours: {", "workingHours: { start: \"08:00\",, ");

        Assert.StartsWith("calendar.yaml:2: ", Assert.Single(Errors(yaml, "calendar.yaml")));
    }
}
