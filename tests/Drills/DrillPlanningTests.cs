using DrillPlatform.Core.Drills.Planning;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Storage")]
public class DrillPlanningTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static DrillPlanning Planning(DrillTestStorage storage, FakeTimeProvider time) =>
        new(storage.Schedules, storage.Drills, new DrillPlanner(DrillTestData.Calendar, 7), time, NullLogger<DrillPlanning>.Instance);

    [Fact]
    public async Task PlanAsync_WhenTheTimerFiresTwiceForTheSameDay_PlansOneDrill()
    {
        var storage = await DrillTestStorage.NewAsync();
        var time = new FakeTimeProvider(DrillTestData.Calendar.ToUtc(Day, new TimeOnly(6, 0)));
        await storage.Schedules.CreateAsync(DrillTestData.Surprise(Day, Day)); // one-day window: the drill is certain

        var runs = await Task.WhenAll(Planning(storage, time).PlanAsync(Day), Planning(storage, time).PlanAsync(Day));
        time.Advance(TimeSpan.FromMinutes(1));
        var third = await Planning(storage, time).PlanAsync(Day);

        var drill = Assert.Single(await storage.Drills.ListByDepartmentMonthAsync("records", 2026, 3));
        Assert.Equal(DrillIds.ForPlan("s1", Day, "records"), drill.Id);
        Assert.Equal(runs[0][0].Drill!.PlannedAt, drill.PlannedAt);
        Assert.False(Assert.Single(third).Planned);
        Assert.True(DrillTestData.Calendar.IsWorkingTime(drill.PlannedAt));
    }

    [Fact]
    public async Task PlanAsync_PlansEachDepartmentOfTheAudienceSeparately()
    {
        var storage = await DrillTestStorage.NewAsync();
        var time = new FakeTimeProvider(DrillTestData.Calendar.ToUtc(Day, new TimeOnly(6, 0)));
        await storage.Schedules.CreateAsync(DrillTestData.Surprise(Day, Day, audience: new DrillAudience(["records", "information"], [], false)));

        var decisions = await Planning(storage, time).PlanAsync(Day);

        Assert.Equal(2, decisions.Count(d => d.Planned));
        Assert.Single(await storage.Drills.ListByDepartmentMonthAsync("information", 2026, 3));
        Assert.Equal(2, (await storage.Drills.ListDueAsync(time.GetUtcNow().AddDays(1))).Count);
    }

    [Fact]
    public async Task PlanAsync_WhenRunAfterTheWorkingDayStarted_PlansAfterNow()
    {
        var storage = await DrillTestStorage.NewAsync();
        var now = DrillTestData.Calendar.ToUtc(Day, new TimeOnly(15, 0));
        await storage.Schedules.CreateAsync(DrillTestData.Surprise(Day, Day));

        var decision = Assert.Single(await Planning(storage, new FakeTimeProvider(now)).PlanAsync(Day));

        Assert.True(decision.Drill!.PlannedAt >= now);
    }
}
