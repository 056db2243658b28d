namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Storage")]
public class ScheduleStoreTests
{
    private static DrillSchedule Schedule(string id) =>
        DrillTestData.Surprise(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31), Cadence.PerMonth(2),
            new DrillAudience(["records", "information"], ["clerk"], false), id);

    [Fact]
    public async Task Create_ThenGetAndList_ReturnEverySetting()
    {
        var storage = await DrillTestStorage.NewAsync();
        var schedule = Schedule("s-a") with { WorkingStart = new TimeOnly(9, 0), EscalationDelayMinutes = 5 };

        Assert.True(await storage.Schedules.CreateAsync(schedule));
        var read = await storage.Schedules.GetAsync("s-a");

        Assert.NotNull(read);
        Assert.Equal(["records", "information"], read.Audience.Departments);
        Assert.Equal(["clerk"], read.Audience.Roles);
        Assert.Equal(Cadence.PerMonth(2), read.Cadence);
        Assert.Equal(schedule with { Audience = read.Audience }, read);
        Assert.Equal("s-a", Assert.Single(await storage.Schedules.ListAsync()).Id);
    }

    [Fact]
    public async Task Create_WhenIdExists_ReturnsFalse()
    {
        var storage = await DrillTestStorage.NewAsync();

        Assert.True(await storage.Schedules.CreateAsync(Schedule("s-b")));
        Assert.False(await storage.Schedules.CreateAsync(Schedule("s-b")));
    }

    [Fact]
    public async Task Create_WhenInvalid_ThrowsNamingTheField()
    {
        var storage = await DrillTestStorage.NewAsync();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => storage.Schedules.CreateAsync(Schedule("s-c") with { ScenarioId = "" }));

        Assert.Contains("scenarioId: is required", e.Message);
    }

    [Fact]
    public async Task Delete_RemovesTheScheduleAndReportsUnknownIds()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Schedules.CreateAsync(Schedule("s-d"));

        Assert.True(await storage.Schedules.DeleteAsync("s-d"));
        Assert.False(await storage.Schedules.DeleteAsync("s-d"));
        Assert.Null(await storage.Schedules.GetAsync("s-d"));
    }
}
