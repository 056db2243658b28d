using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Compliance;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Tests.Reports;

/// <summary>A seeded year of one department: the matrix flags exactly its gaps and patterns, and nothing else.</summary>
[Trait("Category", "Unit")]
public class ComplianceMatrixTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly ComplianceMatrix Matrix = new(RequirementsLoader.Load(Path.Combine(AzuriteFixture.RepoRoot, "templates"),
        DrillPlatform.Core.Content.ContentLoader.Load(Path.Combine(AzuriteFixture.RepoRoot, "templates")).Sections.Select(s => s.Id)));

    private static DrillRecord Drill(string id, string local, string shift, DrillMode mode = DrillMode.Surprise, int prompted = 10)
    {
        var at = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        var utc = new DateTimeOffset(at, TimeSpan.FromHours(8));
        return new DrillRecord
        {
            DrillId = id, ScenarioId = "fire-records-store", Department = "records", Mode = mode, LaunchedAt = utc, LocalLaunch = at, Shift = shift,
            ClosedAt = utc.AddMinutes(30), Counts = new DrillCounts(prompted, prompted, prompted - 1, 1, 0, 1), Response = new ResponseTimes(1, 60, 60), MeanScore = 80,
        };
    }

    private static CheckTask Check(string equipment, string check, string due, bool done, bool pass = true) => new()
    {
        Site = "demo", EquipmentId = equipment, CheckId = check, DueDate = DateOnly.Parse(due), Anchor = DateOnly.Parse(due), Department = "records",
        Responsible = "p1", Deputy = "p2", OpenedAt = DateTimeOffset.Parse(due + "T01:00:00Z"),
        Status = done ? CheckStatus.Completed : CheckStatus.Open, CompletedAt = done ? DateTimeOffset.Parse(due + "T02:00:00Z") : null,
        Answers = done ? [new CheckAnswer("item", pass, null)] : [],
    };

    internal static ComplianceReport Build()
    {
        var drills = new[]
        {
            Drill("d1", "2026-01-14 10:05", "day"),
            Drill("d2", "2026-02-20 21:00", "evening", DrillMode.Announced),
            Drill("d3", "2026-03-03 02:30", "night"),
            Drill("d4", "2026-04-08 10:40", "day", DrillMode.Announced), // 35 min from d1's time of day, same shift
            Drill("d5", "2026-05-19 17:00", "evening", DrillMode.Announced),
            // Q2 has no night drill; nothing from 2026-05-19 until 2026-12-01: more than 6 months
            Drill("d6", "2026-12-01 14:00", "day", DrillMode.Announced, prompted: 3),
        };
        var people = new[]
        {
            new TrainedPerson("p1", "Li Na", new DateOnly(2026, 6, 1), true),
            new TrainedPerson("p2", "Wang Qiang", new DateOnly(2025, 11, 30), true), // lapsed on 2026-12-31
            new TrainedPerson("p3", "=HYPERLINK(\"http://x\",\"y\")", null),           // never trained
        };
        var extinguishers = new[] { "fe-1", "fe-2" }.Select(id => new EquipmentItem("demo", id, EquipmentKinds.Extinguisher, "ABC", "store", new DrillPlatform.Core.Content.Localized("库房", "store"),
            new DateOnly(2025, 1, 1), null, null, "records", "p1", "p2")).ToList();
        var checks = new List<CheckTask>();
        for (var m = 1; m <= 12; m++)
            foreach (var fe in new[] { "fe-1", "fe-2" })
                if (!(fe == "fe-2" && m == 7)) // fe-2 was never scheduled in July
                    checks.Add(Check(fe, "extinguisher-monthly", $"2026-{m:00}-10", done: !(fe == "fe-1" && m == 3))); // fe-1 missed March
        checks.Add(Check("fe-1", "extinguisher-annual", "2026-06-01", done: true)); // fe-2 has no yearly inspection
        checks.Add(Check("bk-1", "backup-weekly", "2026-05-04", done: true));
        checks.Add(Check("bk-1", "backup-weekly", "2026-05-11", done: true, pass: false));
        var actions = new[]
        {
            new CorrectiveAction { Id = "a1", DrillId = "d1", Department = "records", What = "x", Owner = "p1", DueDate = new DateOnly(2026, 2, 1),
                CreatedBy = "t", CreatedAt = DateTimeOffset.Parse("2026-01-15T02:00:00Z") }, // open, overdue
            new CorrectiveAction { Id = "a2", DrillId = "d1", Department = "records", What = "y", Owner = "p1", DueDate = new DateOnly(2026, 3, 1),
                CreatedBy = "t", CreatedAt = DateTimeOffset.Parse("2026-01-15T02:00:00Z"), Status = CorrectiveActionStatus.Closed,
                ClosedAt = DateTimeOffset.Parse("2026-02-20T02:00:00Z") },
        };
        return Matrix.Build(new ComplianceInput("records", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 15), Zone,
            Shift.Standard, drills, people, extinguishers, checks, actions));
    }

    private static ComplianceRow Row(string id) => Build().Rows.Single(r => r.Requirement == id);

    [Fact]
    public void Build_CountsDrillsPerQuarterAndShift_AndFlagsEachEmptyCell()
    {
        var report = Build();

        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], report.Drills.Quarters);
        Assert.Equal(1, report.Drills.Cells.Single(c => c.Quarter == "2026-Q1" && c.Shift == "night").Drills);
        Assert.Equal(["2026-Q2 night: no drill", "2026-Q3 night: no drill", "2026-Q3 day: no drill", "2026-Q3 evening: no drill",
            "2026-Q4 night: no drill", "2026-Q4 evening: no drill"], Row("drills-per-quarter-shift").Flags);
        Assert.Contains("2 people, 53 prompts", Row("drills-per-quarter-shift").Value); // people and events counted apart
    }

    [Fact]
    public void Build_FlagsTheUnannouncedShareBelowHalf_AndTwoDrillsCloseInTimeOfDayOnOneShift()
    {
        Assert.Equal(["33% unannounced, below 50%"], Row("unannounced-share").Flags); // only d1 and d3 were surprises
        Assert.Equal("2 of 6 drills unannounced (33%)", Row("unannounced-share").Value);
        var variety = Row("time-of-day-variety");
        Assert.Equal(["d1 (2026-01-14 10:05) and d4 (2026-04-08 10:40): same day shift, 35 min apart in time of day"], variety.Flags);
    }

    [Fact]
    public void Build_FlagsTheSixMonthGap_TheLapsedPeople_TheMissingMonthlyChecks_AndTheOverdueAction()
    {
        Assert.Equal(["no drill from 2026-05-19 to 2026-12-01 (more than 6 months)"], Row("drill-every-six-months").Flags);
        Assert.Equal(["=HYPERLINK(\"http://x\",\"y\"): last trained never", "Wang Qiang: last trained 2025-11-30"], Row("training-twelve-months").Flags);
        Assert.Equal(["2026-03: missing fe-1", "2026-07: missing fe-2 (not scheduled)"], Row("extinguisher-monthly").Flags);
        Assert.Equal(["fe-2: no yearly inspection since 2025-12-31"], Row("extinguisher-annual").Flags);
        Assert.Equal(["2026-05: 1 failed"], Row("backup-restore").Flags);
        Assert.Equal(new ActionSummary(Open: 1, Overdue: 1, Closed: 1), Build().Actions);
        Assert.All(Build().Rows, r => Assert.False(string.IsNullOrEmpty(r.Source)));
    }
}
