using DrillPlatform.Bot.Drills.Trainers;
using DrillPlatform.Bot.Teams;
using DrillPlatform.Tests.Scenarios;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Unit")]
public class ScheduleFormReaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 12, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_AnAnnouncedDrill_CombinesDateAndTimeAndIgnoresTheSurpriseWindow()
    {
        var result = Read(new { mode = "announced", scenario = "power-outage", announcedDate = "2025-04-02", announcedTime = "15:30", earliest = "2025-03-01", cadenceCount = 1 });

        Assert.Empty(result.Errors);
        Assert.Equal(new DateTime(2025, 4, 2, 15, 30, 0), result.Schedule!.AnnouncedAt);
        Assert.Null(result.Schedule.Earliest);
        Assert.Equal(DrillMode.Announced, result.Schedule.Mode);
    }

    [Fact]
    public void Read_WhenFieldsAreMissingOrMalformed_NamesEveryField()
    {
        var result = Read(new { scenario = "volcano", mode = "sometimes", earliest = "12/03/2025", cadence = "weekly", workingStart = "8am" });

        Assert.Null(result.Schedule);
        Assert.Contains("scenario: 'volcano' is not a known scenario", result.Errors);
        Assert.Contains("mode: must be surprise or announced, not 'sometimes'", result.Errors);
        Assert.Contains("earliest: must be a date like 2025-03-31, not '12/03/2025'", result.Errors);
        Assert.Contains("cadence: must be once, month or quarter, not 'weekly'", result.Errors);
        Assert.Contains("workingStart: must be a time like 09:30, not '8am'", result.Errors);
        Assert.Contains("latest: is required for a surprise drill", result.Errors);
    }

    [Fact]
    public void Read_AnAnnouncedDrillWithoutATime_SaysTheTimeIsRequired()
    {
        var result = Read(new { scenario = "power-outage", mode = "announced", announcedDate = "2025-04-02" });

        Assert.Contains("announcedTime: is required for an announced drill", result.Errors);
        Assert.Null(result.Schedule);
    }

    private static ScheduleFormResult Read(object form)
    {
        var data = JsonSerializer.SerializeToElement(form);
        return ScheduleFormReader.Read(new CardAction("schedule.create", data), ScenarioFiles.Catalog, "trainer", 7, Now);
    }
}
