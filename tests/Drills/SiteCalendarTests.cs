using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Storage")]
public class SiteCalendarTests
{
    private readonly SiteCalendar calendar = DrillTestData.Calendar;

    [Fact]
    public void Calendar_WhenShipped_UsesShanghaiTimeAndKnowsNationalDay()
    {
        Assert.Equal("Asia/Shanghai", calendar.TimeZone.Id);
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 10, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 7)));
        Assert.False(calendar.IsHoliday(new DateOnly(2026, 10, 8)));
    }

    [Fact]
    public void IsWorkingDay_WhenWeekendIsAMakeUpDay_IsTrue()
    {
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 14))); // Saturday, 调休上班
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 7))); // an ordinary Saturday
    }

    [Fact]
    public void IsWorkingTime_ConvertsUtcToShanghaiBeforeChecking()
    {
        // 2026-03-10 is a Tuesday; 00:30 UTC is 08:30 in Shanghai, 10:00 UTC is 18:00.
        Assert.True(calendar.IsWorkingTime(new DateTimeOffset(2026, 3, 10, 0, 30, 0, TimeSpan.Zero)));
        Assert.False(calendar.IsWorkingTime(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero)));
        Assert.False(calendar.IsWorkingTime(new DateTimeOffset(2026, 3, 9, 23, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void ToUtc_AndToLocal_RoundTripAnEightHourOffset()
    {
        var utc = calendar.ToUtc(new DateOnly(2026, 3, 10), new TimeOnly(9, 15));

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 1, 15, 0, TimeSpan.Zero), utc);
        Assert.Equal(TimeSpan.FromHours(8), calendar.ToLocal(utc).Offset);
        Assert.Equal(new DateOnly(2026, 3, 10), calendar.LocalDate(utc));
    }
}
