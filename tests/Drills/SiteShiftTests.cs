using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Unit")]
public class SiteShiftTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private const string Calendar = """
        workingDays: [Mon, Tue, Wed, Thu, Fri]
        workingHours: { start: "08:00", end: "17:30" }
        holidays: {}
        shifts:
          - { id: day, start: "07:30", zh-CN: 白班, en: Day }
          - { id: night, start: "19:30", zh-CN: 夜班, en: Night }
        """;

    [Theory]
    [InlineData("2026-03-10T07:29:00+08:00", "night")] // before the first start: the night shift that began yesterday
    [InlineData("2026-03-10T07:30:00+08:00", "day")]
    [InlineData("2026-03-10T19:29:00+08:00", "day")]
    [InlineData("2026-03-10T23:59:00+08:00", "night")]
    public void ShiftAt_PlacesALocalTimeInTheShiftThatStartedLast(string at, string shift)
    {
        var calendar = SiteCalendarLoader.Parse(Calendar, "site-calendar.yaml", Zone);

        Assert.Equal(shift, calendar.ShiftAt(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).Id);
    }

    [Fact]
    public void Parse_WithoutShifts_UsesDayEveningNight()
    {
        var calendar = SiteCalendarLoader.Parse(Calendar[..Calendar.IndexOf("shifts:", StringComparison.Ordinal)], "site-calendar.yaml", Zone);

        Assert.Equal(["night", "day", "evening"], calendar.Shifts.Select(s => s.Id));
        Assert.Equal("evening", calendar.ShiftAt(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero)).Id); // 16:00 local
    }

    [Fact]
    public void Parse_WhenAShiftIsBad_ReportsEachWithItsLine()
    {
        var yaml = Calendar.Replace("start: \"19:30\"", "start: \"7pm\"") + "\n  - { id: day, start: \"12:00\", zh-CN: 白班, en: Day }\n  - { id: late }";

        var errors = Assert.Throws<ContentValidationException>(() => SiteCalendarLoader.Parse(yaml, "site-calendar.yaml", Zone)).Errors.Select(e => e.ToString());

        Assert.Contains(errors, m => m.StartsWith("site-calendar.yaml:6:") && m.Contains("not '7pm'"));
        Assert.Contains(errors, m => m.StartsWith("site-calendar.yaml:7:") && m.Contains("'day' is listed twice"));
        Assert.Contains(errors, m => m.StartsWith("site-calendar.yaml:8:") && m.Contains("missing 'start'"));
    }
}
