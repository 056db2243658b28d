namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Storage")]
public class DrillStoreTests
{
    private static readonly DateTimeOffset Nine = DrillTestData.Calendar.ToUtc(new DateOnly(2026, 3, 10), new TimeOnly(9, 0));

    [Fact]
    public async Task AddPlanned_WhenTheSameIdIsAddedTwice_KeepsTheFirst()
    {
        var storage = await DrillTestStorage.NewAsync();
        var drill = DrillTestStorage.PlannedDrill("d1", Nine);

        Assert.True(await storage.Drills.AddPlannedAsync(drill));
        Assert.False(await storage.Drills.AddPlannedAsync(drill with { PlannedAt = Nine.AddHours(2) }));

        Assert.Equal(Nine, (await storage.Drills.GetAsync("d1"))!.PlannedAt);
        Assert.Single(await storage.Drills.ListByDepartmentMonthAsync("records", 2026, 3));
    }

    [Fact]
    public async Task ListDue_ReturnsOnlyPlannedDrillsWhoseTimeHasCome()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("early", Nine));
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("late", Nine.AddHours(3)));
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("cancelled", Nine.AddMinutes(-5)));
        await storage.Drills.CancelAsync("cancelled", Nine);

        var due = await storage.Drills.ListDueAsync(Nine.AddMinutes(1));

        Assert.Equal("early", Assert.Single(due).Id);
    }

    [Fact]
    public async Task TryClaimLaunch_WhenTwoReadTheSameVersion_OnlyTheFirstWins()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine));
        var first = (await storage.Drills.GetAsync("d1"))!;
        var second = (await storage.Drills.GetAsync("d1"))!;

        Assert.True(await storage.Drills.TryClaimLaunchAsync(first, Nine));
        Assert.False(await storage.Drills.TryClaimLaunchAsync(second, Nine));

        var stored = (await storage.Drills.GetAsync("d1"))!;
        Assert.Equal(DrillStatus.Launched, stored.Status);
        Assert.Equal(Nine, stored.LaunchedAt);
        Assert.Equal(DrillStatus.Launched, Assert.Single(await storage.Drills.ListByDepartmentMonthAsync("records", 2026, 3)).Status);
    }

    [Fact]
    public async Task Close_OnlyAppliesToALaunchedDrill()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine));
        var planned = (await storage.Drills.GetAsync("d1"))!;

        Assert.False(await storage.Drills.CloseAsync(planned, Nine));
        await storage.Drills.TryClaimLaunchAsync(planned, Nine);
        Assert.True(await storage.Drills.CloseAsync((await storage.Drills.GetAsync("d1"))!, Nine.AddMinutes(30)));
        Assert.Equal(DrillStatus.Closed, (await storage.Drills.GetAsync("d1"))!.Status);
    }

    [Fact]
    public async Task CancelPlanned_CancelsOnlyThatSchedulesWaitingDrills()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("a1", Nine, scheduleId: "a"));
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("a2", Nine.AddDays(8), scheduleId: "a"));
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("b1", Nine.AddDays(1), scheduleId: "b"));

        Assert.Equal(2, await storage.Drills.CancelPlannedAsync("a", Nine));

        Assert.Equal(DrillStatus.Cancelled, (await storage.Drills.GetAsync("a2"))!.Status);
        Assert.Equal("b1", Assert.Single(await storage.Drills.ListDueAsync(Nine.AddDays(30))).Id);
    }

    [Fact]
    public async Task ListByDepartmentMonth_KeepsDepartmentsAndMonthsApart()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("r-mar", Nine));
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("r-apr", Nine.AddDays(30)));
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("i-mar", Nine, department: "信息科"));

        Assert.Equal("r-mar", Assert.Single(await storage.Drills.ListByDepartmentMonthAsync("records", 2026, 3)).Id);
        Assert.Equal("r-apr", Assert.Single(await storage.Drills.ListByDepartmentMonthAsync("records", 2026, 4)).Id);
        Assert.Equal("i-mar", Assert.Single(await storage.Drills.ListByDepartmentMonthAsync("信息科", 2026, 3)).Id);
    }
}
