using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Planning;

namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Storage")]
public class DrillPlannerTests
{
    private const int Gap = 7;
    private static readonly SiteCalendar Calendar = DrillTestData.Calendar;
    private readonly DrillPlanner planner = new(Calendar, Gap);

    // Simulates the daily PlanDrills timer over a stretch of days, feeding back what it planned.
    private List<Drill> Simulate(DrillSchedule schedule, DateOnly from, DateOnly to, string department = "records")
    {
        var drills = new List<Drill>();
        foreach (var day in DrillTestData.Days(from, to))
        {
            var seed = DrillPlanner.DailySeed(schedule.Seed, department, day);
            var decision = planner.Decide(new PlanRequest(schedule, department, day, drills, seed));
            if (decision.Drill is { } drill) drills.Add(drill);
        }
        return drills;
    }

    private static IEnumerable<DrillSchedule> ManySchedules(Cadence cadence, DateOnly from, DateOnly to, DrillAudience? audience = null) =>
        Enumerable.Range(0, 60).Select(i => DrillTestData.Surprise(from, to, cadence, audience) with { Id = $"s{i}", Seed = 1000 + i * 7919 });

    [Fact]
    public void Decide_OverAQuarter_NeverPlansOutsideWorkingHoursLessTheDeadline()
    {
        var (from, to) = (new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        var drills = ManySchedules(Cadence.PerMonth(3), from, to).SelectMany(s => Simulate(s, from, to)).ToList();

        Assert.True(drills.Count > 300);
        Assert.All(drills, d =>
        {
            var local = TimeOnly.FromDateTime(Calendar.ToLocal(d.PlannedAt).DateTime);
            Assert.InRange(local, new TimeOnly(8, 0), new TimeOnly(17, 0).AddMinutes(-1)); // 17:30 less the 30-minute deadline
            Assert.True(Calendar.IsWorkingTime(d.PlannedAt));
            Assert.InRange(d.LocalDate, from, to);
        });
    }

    [Fact]
    public void Decide_OverTheNationalDayWeek_NeverPlansOnAHolidayOrWeekend()
    {
        var (from, to) = (new DateOnly(2026, 9, 19), new DateOnly(2026, 10, 11));
        var drills = ManySchedules(Cadence.PerMonth(2), from, to).SelectMany(s => Simulate(s, from, to)).ToList();

        Assert.NotEmpty(drills);
        Assert.All(drills, d => Assert.True(Calendar.IsWorkingDay(d.LocalDate), $"{d.LocalDate} is not a working day"));
        Assert.DoesNotContain(drills, d => Calendar.IsHoliday(d.LocalDate));
        Assert.Contains(drills, d => d.LocalDate is { DayOfWeek: DayOfWeek.Saturday or DayOfWeek.Sunday }); // 调休 days count
        Assert.DoesNotContain(drills, d => d.LocalDate.DayOfWeek == DayOfWeek.Sunday && d.LocalDate != new DateOnly(2026, 9, 20));
    }

    [Fact]
    public void Decide_WhenAnotherDrillIsInsideTheGap_PlansNothingAndSaysWhy()
    {
        var schedule = DrillTestData.Surprise(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Cadence.PerMonth(20));
        var other = new Drill { Id = "other", ScheduleId = "s9", ScenarioId = "leak", Department = "records", LocalDate = new DateOnly(2026, 3, 6), PlannedAt = default };

        var decision = planner.Decide(new PlanRequest(schedule, "records", new DateOnly(2026, 3, 10), [other], Seed: 1));

        Assert.False(decision.Planned);
        Assert.Contains("drill other on 2026-03-06 Fri is within the 7-day gap", decision.Explanation);
    }

    [Fact]
    public void Decide_OverAQuarter_KeepsTheMinimumGapPerDepartment()
    {
        var (from, to) = (new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        foreach (var schedule in ManySchedules(Cadence.PerMonth(3), from, to))
        {
            var days = Simulate(schedule, from, to).Select(d => d.LocalDate.DayNumber).Order().ToList();
            Assert.All(days.Zip(days.Skip(1)), pair => Assert.True(pair.Second - pair.First >= Gap, $"{schedule.Id}: {pair.Second - pair.First} days apart"));
        }
    }

    [Fact]
    public void Decide_WithTheSameSeed_DecidesTheSameAndADifferentSeedCanDiffer()
    {
        var schedule = DrillTestData.Surprise(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10));
        var day = new DateOnly(2026, 3, 10); // last working day of the window: the drill is certain
        PlanDecision Decide(int seed) => planner.Decide(new PlanRequest(schedule, "records", day, [], seed));

        Assert.Equal(Decide(42), Decide(42));
        Assert.Contains("seed 42", Decide(42).Explanation);
        var times = Enumerable.Range(0, 20).Select(seed => Decide(seed).Drill!.PlannedAt).Distinct();
        Assert.True(times.Count() > 10);
    }

    [Fact]
    public void DailySeed_IsStableAndDiffersByDayAndDepartment()
    {
        var day = new DateOnly(2026, 3, 10);

        Assert.Equal(DrillPlanner.DailySeed(7, "records", day), DrillPlanner.DailySeed(7, "records", day));
        Assert.NotEqual(DrillPlanner.DailySeed(7, "records", day), DrillPlanner.DailySeed(7, "records", day.AddDays(1)));
        Assert.NotEqual(DrillPlanner.DailySeed(7, "records", day), DrillPlanner.DailySeed(7, "information", day));
    }

    [Fact]
    public void Decide_ForOnDutyAudience_MayPlanAfterHoursButOthersNever()
    {
        var (from, to) = (new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        var onDuty = ManySchedules(Cadence.PerMonth(3), from, to, DrillAudience.OnDuty("records")).SelectMany(s => Simulate(s, from, to)).ToList();
        var staff = ManySchedules(Cadence.PerMonth(3), from, to).SelectMany(s => Simulate(s, from, to)).ToList();

        Assert.Contains(onDuty, d => !Calendar.IsWorkingTime(d.PlannedAt));
        Assert.All(onDuty, d => Assert.True(Calendar.IsWorkingDay(d.LocalDate)));
        Assert.All(staff, d => Assert.True(Calendar.IsWorkingTime(d.PlannedAt)));
    }

    [Theory]
    [InlineData(CadenceKind.PerQuarter, 3, 3)]
    [InlineData(CadenceKind.PerMonth, 2, 6)]
    public void Decide_OverASimulatedQuarter_PlansTheCadenceCountWithinTolerance(CadenceKind kind, int count, int expected)
    {
        var (from, to) = (new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        var counts = ManySchedules(new Cadence(kind, count), from, to).Select(s => Simulate(s, from, to).Count).ToList();

        Assert.All(counts, c => Assert.InRange(c, expected - 1, expected));
        Assert.InRange(counts.Average(), expected - 0.2, expected);
    }

    [Fact]
    public void Decide_ForAnAnnouncedDrill_PlansItAtTheFixedLocalTimeOnThatDayOnly()
    {
        var schedule = DrillTestData.Surprise(default, default) with
        {
            Mode = DrillMode.Announced, Earliest = null, Latest = null, AnnouncedAt = new DateTime(2026, 3, 12, 10, 0, 0),
        };

        var before = planner.Decide(new PlanRequest(schedule, "records", new DateOnly(2026, 3, 11), [], 1));
        var onDay = planner.Decide(new PlanRequest(schedule, "records", new DateOnly(2026, 3, 12), [], 1));

        Assert.False(before.Planned);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 2, 0, 0, TimeSpan.Zero), onDay.Drill!.PlannedAt);
        Assert.Equal(schedule.CreatedBy, onDay.Drill.RequestedBy);
    }

    [Fact]
    public void Decide_WhenPlanningLateInTheDay_PlacesTheDrillAfterNotBefore()
    {
        var schedule = DrillTestData.Surprise(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10));
        var notBefore = Calendar.ToUtc(new DateOnly(2026, 3, 10), new TimeOnly(16, 0));

        var drills = Enumerable.Range(0, 30).Select(seed =>
            planner.Decide(new PlanRequest(schedule, "records", new DateOnly(2026, 3, 10), [], seed, notBefore)).Drill!);

        Assert.All(drills, d => Assert.InRange(d.PlannedAt, notBefore, Calendar.ToUtc(new DateOnly(2026, 3, 10), new TimeOnly(17, 0))));
    }

    [Fact]
    public void Validate_WhenSurpriseHasNoWindow_NamesTheFields()
    {
        var schedule = DrillTestData.Surprise(default, default) with { Earliest = null, Latest = null, EscalationDelayMinutes = 45 };

        Assert.Equal(
            ["escalationDelayMinutes: must be at least 0 and less than the response deadline", "earliest: is required for a surprise drill", "latest: is required for a surprise drill"],
            schedule.Validate());
    }
}
