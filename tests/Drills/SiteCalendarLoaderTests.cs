using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Unit")]
public class SiteCalendarLoaderTests
{
    private const string Valid = """
        timeZone: Asia/Shanghai
        workingDays: [Mon, Tue, Wed, Thu, Fri]
        workingHours: { start: "08:00", end: "17:30" }
        holidays:
          2026-10-01: National Day
        """;

    [Fact]
    public void Parse_WhenValid_ReadsHoursAndHolidays()
    {
        var calendar = SiteCalendarLoader.Parse(Valid, "calendar.yaml");

        Assert.Equal(new TimeOnly(17, 30), calendar.WorkingEnd);
        Assert.Equal("National Day", calendar.HolidayName(new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public void Parse_WhenHolidayIsNotADate_ReportsFileAndLine()
    {
        var yaml = Valid + "\n  2026-13-01: Nonsense\n";

        var e = Assert.Throws<SiteCalendarException>(() => SiteCalendarLoader.Parse(yaml, "calendar/site-calendar.yaml"));

        Assert.Equal("calendar/site-calendar.yaml:6: holidays: '2026-13-01' is not a date like 2026-10-01", Assert.Single(e.Errors));
    }

    [Fact]
    public void Parse_WhenTimeZoneIsUnknown_ReportsItsLine()
    {
        var yaml = Valid.Replace("Asia/Shanghai", "Mars/Olympus");

        var e = Assert.Throws<SiteCalendarException>(() => SiteCalendarLoader.Parse(yaml, "calendar.yaml"));

        Assert.StartsWith("calendar.yaml:1: unknown time zone 'Mars/Olympus'", Assert.Single(e.Errors));
    }

    [Fact]
    public void Parse_WhenSeveralThingsAreWrong_ReportsEveryOne()
    {
        var yaml = Valid.Replace("Fri]", "Fry]").Replace("\"17:30\"", "\"7pm\"");

        var e = Assert.Throws<SiteCalendarException>(() => SiteCalendarLoader.Parse(yaml, "calendar.yaml"));

        Assert.Equal(["calendar.yaml:2: 'Fry' is not a day of the week (Mon..Sun)", "calendar.yaml:3: end '7pm' is not a time like 08:00"], e.Errors);
    }

    [Fact]
    public void Parse_WhenHolidaysAreMissing_SaysSo()
    {
        var yaml = string.Join('\n', Valid.Split('\n').Take(3));

        var e = Assert.Throws<SiteCalendarException>(() => SiteCalendarLoader.Parse(yaml, "calendar.yaml"));

        Assert.Contains("calendar.yaml:1: missing 'holidays'", e.Errors);
    }

    [Fact]
    public void Parse_WhenYamlIsMalformed_ReportsTheParserLine()
    {
        var yaml = Valid.Replace("workingHours: {", "workingHours: { start: \"08:00\",, ");

        var e = Assert.Throws<SiteCalendarException>(() => SiteCalendarLoader.Parse(yaml, "calendar.yaml"));

        Assert.StartsWith("calendar.yaml:3: ", Assert.Single(e.Errors));
    }
}
