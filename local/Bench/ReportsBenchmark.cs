using System.Diagnostics;
using System.Globalization;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Model;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Compliance;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Local.Bench;

/// <summary>
/// `dotnet run -c Release --project local -- bench-reports [people] [months]`: one department of
/// [people] (default 5,000) with [months] of history (default: runs 1 and 24 and compares): each
/// person's readiness roll-up folded from the same synthetic events as bench-readiness, and per
/// month two drill records, a monthly check of each of 20 extinguishers and 4 exits, weekly climate
/// and backup checks, a yearly inspection per extinguisher, and two corrective actions. Then times the
/// compliance report of the last month (a period both histories cover) (ComplianceSources.ReadAsync + ComplianceMatrix.Build, what
/// GET /api/reports/compliance does before it serialises), 3 runs after a warm-up, and prints the
/// median. The claim under test: the report reads roll-ups and records, so its cost does not follow
/// the length of the history.
/// </summary>
public static class ReportsBenchmark
{
    private const string Department = "bench";
    private const int Runs = 3;
    private const int Extinguishers = 20;
    private const int Exits = 4;

    public static async Task<int> RunAsync(string[] args)
    {
        var people = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        int[] months = args.Length > 1 ? [int.Parse(args[1], CultureInfo.InvariantCulture)] : [1, 24];
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; Azurite on the same machine");
        var medians = new List<double>();
        foreach (var m in months)
        {
            await using var local = await LocalServices.StartAsync(["--Storage:Prefix", $"rp{m}x{DateTime.UtcNow:HHmmss}", "--Logging:LogLevel:Default", "Warning"]);
            var services = local.Services;
            var seeding = Stopwatch.StartNew();
            var rows = await SeedAsync(services, people, m);
            var calendar = services.GetRequiredService<SiteCalendar>();
            var today = calendar.LocalDate(services.GetRequiredService<TimeProvider>().GetUtcNow());
            var (from, to) = (today.AddMonths(-1).AddDays(1), today); // a period that both histories cover whole
            var sources = services.GetRequiredService<ComplianceSources>();
            var matrix = services.GetRequiredService<ComplianceMatrix>();
            matrix.Build(await sources.ReadAsync(Department, from, to, CancellationToken.None)); // warm-up: JIT, table clients
            var times = new List<double>();
            ComplianceReport? report = null;
            for (var run = 0; run < Runs; run++)
            {
                var clock = Stopwatch.StartNew();
                report = matrix.Build(await sources.ReadAsync(Department, from, to, CancellationToken.None));
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var median = times.Order().ElementAt(Runs / 2);
            medians.Add(median);
            Console.WriteLine($"people {people}, history {m} month(s): {rows} rows seeded in {seeding.Elapsed.TotalSeconds:F0} s; report {from:yyyy-MM-dd}..{to:yyyy-MM-dd} " +
                $"{string.Join(" / ", times.Select(t => $"{t:F0}"))} ms, median {median:F0} ms " +
                $"({report!.Drills.Drills} drills, {report.Training.People} people, {report.Training.Lapsed.Count} lapsed, {report.Checks.Count} check-months, {report.Rows.Count(r => r.Flagged)} rows flagged)");
        }
        if (medians.Count == 2)
            Console.WriteLine($"ratio {months[1]} months / {months[0]} month: {medians[1] / medians[0]:F2}x");
        return 0;
    }

    private static async Task<long> SeedAsync(IServiceProvider services, int people, int months)
    {
        var roster = services.GetRequiredService<RosterStore>();
        var store = services.GetRequiredService<ReadinessStore>();
        var model = services.GetRequiredService<ReadinessModel>();
        var content = services.GetRequiredService<ContentBundle>();
        var calendar = services.GetRequiredService<SiteCalendar>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        long rows = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var person = new StaffMember(Guid.NewGuid().ToString(), $"Bench {i}", $"bench{i}@demo-hospital.example", Department,
                [i % 5 == 0 ? "on-duty" : "records-clerk"], null, "en");
            await roster.UpsertAsync(person, ct);
            await store.ReplaceAsync(ReadinessBenchmark.Synthetic(person, content.Questions, model, now, months, new Random(i)).Item1, ct);
            Interlocked.Add(ref rows, 2);
        });

        var records = services.GetRequiredService<DrillRecordStore>();
        var actions = services.GetRequiredService<CorrectiveActionStore>();
        var equipment = services.GetRequiredService<EquipmentStore>();
        var checks = services.GetRequiredService<CheckTaskStore>();
        var site = content.Site.Id;
        var items = Enumerable.Range(0, Extinguishers).Select(i => Item(site, $"bench-fe-{i:00}", EquipmentKinds.Extinguisher, now.AddMonths(-months - 1)))
            .Concat(Enumerable.Range(0, Exits).Select(i => Item(site, $"bench-exit-{i}", EquipmentKinds.Exit, now.AddMonths(-months - 1))))
            .Append(Item(site, "bench-climate", EquipmentKinds.ClimatePoint, now.AddMonths(-months - 1)))
            .Append(Item(site, "bench-backup", EquipmentKinds.BackupJob, now.AddMonths(-months - 1))).ToList();
        foreach (var item in items) await equipment.UpsertAsync(item);
        var work = new List<Func<Task>>();
        for (var month = 0; month < months; month++)
        {
            var start = now.AddMonths(-months + month);
            for (var d = 0; d < 2; d++)
            {
                var (launched, id) = (start.AddDays(3 + 14 * d).AddHours(d * 9), $"dbench{month:000}{d}");
                work.Add(() => records.TryAddAsync(Record(id, launched, calendar, people)));
            }
            var (m, a) = (month, start);
            work.Add(() => actions.AddAsync(Action($"abench{m:000}a", a, closed: true)));
            work.Add(() => actions.AddAsync(Action($"abench{m:000}b", a, closed: m < months - 2)));
            var first = DateOnly.FromDateTime(start.UtcDateTime);
            foreach (var item in items)
                foreach (var (checkId, due) in Dues(item, first))
                    work.Add(() => checks.AddAsync(Task(item, checkId, due, now)));
        }
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (w, _) => { await w(); Interlocked.Increment(ref rows); });
        return rows;
    }

    private static IEnumerable<(string CheckId, DateOnly Due)> Dues(EquipmentItem item, DateOnly monthStart) => item.Kind switch
    {
        EquipmentKinds.Extinguisher => monthStart.Month == 6 ? [("extinguisher-monthly", monthStart.AddDays(9)), ("extinguisher-annual", monthStart.AddDays(1))] : [("extinguisher-monthly", monthStart.AddDays(9))],
        EquipmentKinds.Exit => [("exit-monthly", monthStart.AddDays(9))],
        EquipmentKinds.ClimatePoint => Enumerable.Range(0, 4).Select(w => ("climate-weekly", monthStart.AddDays(7 * w))),
        _ => Enumerable.Range(0, 4).Select(w => ("backup-weekly", monthStart.AddDays(7 * w))),
    };

    private static EquipmentItem Item(string site, string id, string kind, DateTimeOffset installed) =>
        new(site, id, kind, kind == EquipmentKinds.Extinguisher ? "abc-powder" : null, null, new Localized("基准", "bench"),
            DateOnly.FromDateTime(installed.UtcDateTime), null, null, Department, "bench-owner", "bench-deputy");

    private static CheckTask Task(EquipmentItem item, string checkId, DateOnly due, DateTimeOffset now)
    {
        var done = due.DayNumber % 17 != 0 && due.ToDateTime(TimeOnly.MinValue) < now.UtcDateTime;
        var at = new DateTimeOffset(due.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        return new CheckTask
        {
            Site = item.Site, EquipmentId = item.Id, CheckId = checkId, DueDate = due, Anchor = due, Department = Department,
            Responsible = item.Responsible, Deputy = item.Deputy, OpenedAt = at.AddDays(-1),
            Status = done ? CheckStatus.Completed : CheckStatus.Open, CompletedAt = done ? at : null, CompletedBy = done ? item.Responsible : null,
            Answers = done ? [new CheckAnswer("item", due.DayNumber % 5 != 0, null)] : [],
        };
    }

    private static DrillRecord Record(string id, DateTimeOffset launched, SiteCalendar calendar, int people) => new()
    {
        DrillId = id, ScenarioId = "fire-records-store", Department = Department, Mode = id.EndsWith('0') ? DrillMode.Surprise : DrillMode.Announced,
        LaunchedAt = launched, LocalLaunch = DateTime.SpecifyKind(calendar.ToLocal(launched).DateTime, DateTimeKind.Unspecified), Shift = calendar.ShiftAt(launched).Id,
        ClosedAt = launched.AddMinutes(30), Counts = new DrillCounts(people, people, people * 4 / 5, people / 5, 0, people / 5),
        Response = new ResponseTimes(people * 4 / 5, 95, 240), MeanScore = 71.5,
        Scores = DrillRecordBuilder.Bands.Select(b => new ScoreBand(b.From, b.To, people / 5)).ToList(),
        Timeline = [new(launched, "launched", people), new(launched.AddMinutes(30), "closed", people * 4 / 5)],
    };

    private static CorrectiveAction Action(string id, DateTimeOffset at, bool closed) => new()
    {
        Id = id, DrillId = "dbench", Department = Department, What = "Re-brief the shift", Owner = "bench-owner",
        DueDate = DateOnly.FromDateTime(at.AddDays(30).UtcDateTime), CreatedBy = "bench-trainer", CreatedAt = at,
        Status = closed ? CorrectiveActionStatus.Closed : CorrectiveActionStatus.Open, ClosedAt = closed ? at.AddDays(20) : null,
    };
}
