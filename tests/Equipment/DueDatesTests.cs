using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Storage")]
public class DueDatesTests
{
    private static readonly CheckInterval Monthly = new(1, IntervalUnit.Month);
    private static readonly CheckInterval Yearly = new(1, IntervalUnit.Year);
    private static readonly CheckInterval Weekly = new(1, IntervalUnit.Week);
    private static readonly SiteClock Shanghai = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2025, 1, 15, 2025, 2, 15)]
    [InlineData(2025, 12, 3, 2026, 1, 3)]
    public void First_OfAMonthlyCheck_IsOneMonthAfterTheAnchor(int y, int m, int d, int ey, int em, int ed) =>
        Assert.Equal(D(ey, em, ed), DueDates.First(D(y, m, d), Monthly));

    [Fact]
    public void First_OfAnAnnualAndAWeeklyCheck_IsOneYearAndSevenDaysAfterTheAnchor()
    {
        Assert.Equal(D(2026, 3, 20), DueDates.First(D(2025, 3, 20), Yearly));
        Assert.Equal(D(2025, 3, 27), DueDates.First(D(2025, 3, 20), Weekly));
    }

    [Fact]
    public void Nth_AnchoredOnJanuary31_ClampsToFebruaryEndThenReturnsToTheThirtyFirst()
    {
        var anchor = D(2025, 1, 31);
        Assert.Equal(D(2025, 2, 28), DueDates.Nth(anchor, Monthly, 1));
        Assert.Equal(D(2025, 3, 31), DueDates.Nth(anchor, Monthly, 2));
        Assert.Equal(D(2025, 4, 30), DueDates.Nth(anchor, Monthly, 3));
    }

    [Fact]
    public void Nth_AnchoredOnJanuary31InALeapYear_FallsOnFebruary29()
    {
        Assert.Equal(D(2024, 2, 29), DueDates.First(D(2024, 1, 31), Monthly));
        Assert.Equal(D(2028, 2, 29), DueDates.First(D(2028, 1, 31), Monthly));
    }

    [Fact]
    public void Nth_OfAnAnnualCheckAnchoredOnFebruary29_Uses28InCommonYearsAnd29InLeapYears()
    {
        var anchor = D(2024, 2, 29);
        Assert.Equal(D(2025, 2, 28), DueDates.Nth(anchor, Yearly, 1));
        Assert.Equal(D(2027, 2, 28), DueDates.Nth(anchor, Yearly, 3));
        Assert.Equal(D(2028, 2, 29), DueDates.Nth(anchor, Yearly, 4));
    }

    [Fact]
    public void Next_AfterACheckDoneOnTime_IsTheFollowingScheduledDateWithoutMonthEndDrift()
    {
        // Done on the clamped 28 February: the next is still 31 March, not 28 March.
        Assert.Equal(D(2025, 3, 31), DueDates.Next(D(2025, 1, 31), Monthly, due: D(2025, 2, 28), completed: D(2025, 2, 28)));
    }

    [Fact]
    public void Next_AfterACheckDoneLate_CountsFromTheDueDateNotTheCompletionDate()
    {
        var next = DueDates.Next(D(2025, 1, 10), Monthly, due: D(2025, 3, 10), completed: D(2025, 3, 25));
        Assert.Equal(D(2025, 4, 10), next);
    }

    [Fact]
    public void Next_AfterACheckSoLateItRanPastTheNextDueDate_IsTheFirstScheduledDateAfterCompletion()
    {
        var next = DueDates.Next(D(2025, 1, 10), Monthly, due: D(2025, 3, 10), completed: D(2025, 4, 12));
        Assert.Equal(D(2025, 5, 10), next);
    }

    [Fact]
    public void Next_AfterACheckDoneOnItsDueDate_IsTheNextPeriodForWeeklyAndAnnualChecks()
    {
        Assert.Equal(D(2025, 3, 27), DueDates.Next(D(2025, 3, 6), Weekly, due: D(2025, 3, 20), completed: D(2025, 3, 20)));
        Assert.Equal(D(2027, 2, 28), DueDates.Next(D(2024, 2, 29), Yearly, due: D(2026, 2, 28), completed: D(2026, 3, 9)));
    }

    [Fact]
    public void NextDue_OfAnItemAddedMidMonth_IsOneIntervalAfterItsInstallDateAndNotYetDueBefore()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 17, 2, 0, 0, TimeSpan.Zero));
        var item = Item(installed: D(2025, 3, 17), lastCheck: null);

        var due = CheckScheduling.NextDue(item, Definition(Monthly), [], Shanghai)!.Value;

        Assert.Equal(D(2025, 4, 17), due.Date);
        Assert.Equal(D(2025, 3, 17), due.Anchor);
        time.Advance(TimeSpan.FromDays(30));
        Assert.True(Shanghai.Today(time.GetUtcNow()) < due.Date);
        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(due.Date, Shanghai.Today(time.GetUtcNow()));
    }

    [Fact]
    public void NextDue_WhenTheSeriesHasAnOpenCheck_IsNothing()
    {
        var open = Task(D(2025, 4, 17), completedAt: null);
        Assert.Null(CheckScheduling.NextDue(Item(D(2025, 3, 17), null), Definition(Monthly), [open], Shanghai));
    }

    [Fact]
    public void NextDue_AfterALateCompletionOnTheFakeClock_UsesTheSiteDateOfCompletion()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 4, 30, 17, 30, 0, TimeSpan.Zero)); // 1 May 01:30 in Shanghai
        var done = Task(D(2025, 4, 17), completedAt: time.GetUtcNow());

        var next = CheckScheduling.NextDue(Item(D(2025, 3, 17), null), Definition(Monthly), [done], Shanghai)!.Value;

        Assert.Equal(D(2025, 5, 17), next.Date);
        Assert.Equal(D(2025, 3, 17), next.Anchor);
    }

    [Fact]
    public void AnchorFor_UsesTheLastMaintenanceForMaintenanceAndTheLastCheckForInspections()
    {
        var item = Item(D(2020, 1, 1), D(2025, 2, 3)) with { LastMaintenance = D(2024, 6, 1) };
        Assert.Equal(D(2025, 2, 3), item.AnchorFor(CheckType.Inspection));
        Assert.Equal(D(2024, 6, 1), item.AnchorFor(CheckType.Maintenance));
        Assert.Equal(D(2020, 1, 1), (item with { LastMaintenance = null }).AnchorFor(CheckType.Maintenance));
    }

    private static EquipmentItem Item(DateOnly installed, DateOnly? lastCheck) =>
        new("s", "fe-1", EquipmentKinds.Extinguisher, "co2", null, new Localized("x", "x"), installed, lastCheck, null, "records", "r", "d");

    private static CheckDefinition Definition(CheckInterval interval) =>
        new("monthly", EquipmentKinds.Extinguisher, CheckType.Inspection, interval, new Localized("x", "x"), "equipment-inspection", []);

    private static CheckTask Task(DateOnly due, DateTimeOffset? completedAt) => new()
    {
        Site = "s", EquipmentId = "fe-1", CheckId = "monthly", DueDate = due, Anchor = D(2025, 3, 17), Department = "records",
        Responsible = "r", Deputy = "d", OpenedAt = CheckTestHost.Noon(due),
        Status = completedAt is null ? CheckStatus.Open : CheckStatus.Completed, CompletedAt = completedAt,
    };
}
