using System.Diagnostics;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Storage;

namespace DrillPlatform.Local.Bench;

/// <summary>
/// `dotnet run -c Release --project local -- bench-readiness [people] [months,months]`: one department
/// of [people] (default 5,000), each with [months] of synthetic history (default: runs 1 and 24 and
/// compares the last with the first), folded into roll-ups by the same RollupUpdates the live path uses and stored in
/// an in-memory Azurite of its own. Then times a department read (roster + one range query of the
/// read rows + scoring), 3 runs per history, alternating between the histories, and prints the
/// medians. The claim under test: the read costs the same whatever the history length. It also
/// prints the size of what each person's two rows hold: the read row's is bounded (it stops growing
/// once the history is longer than the checks' window), the write-side row's grows.
/// </summary>
public static class ReadinessBenchmark
{
    private const string Department = "bench";
    private const int Runs = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var people = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5000;
        int[] months = args.Length > 1 ? args[1].Split(',').Select(m => int.Parse(m, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [1, 24];
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; Azurite on the same machine, in memory, one per history");
        var rigs = new List<(int Months, LocalServices Local, ReadinessReader Reader, List<double> Times)>();
        try
        {
            foreach (var m in months)
            {
                var local = await LocalServices.StartAsync(["--Storage:Prefix", $"rb{m}", "--Logging:LogLevel:Default", "Warning"], inMemory: true);
                var (events, readBytes, writeSideBytes) = await SeedAsync(local.Services, people, m);
                Console.WriteLine($"people {people}, history {m} month(s): {events} events folded, read rows {readBytes / people} bytes, write-side rows {writeSideBytes / people} bytes each on average");
                rigs.Add((m, local, local.Services.GetRequiredService<ReadinessReader>(), []));
            }
            foreach (var rig in rigs) await rig.Reader.DepartmentAsync(Department); // warm-up: JIT, table clients
            // The histories' reads alternate, so that a change of load on a shared machine falls on both alike.
            var views = new Dictionary<int, DepartmentReadiness>();
            for (var run = 0; run < Runs; run++)
                foreach (var rig in rigs)
                {
                    var clock = Stopwatch.StartNew();
                    views[rig.Months] = await rig.Reader.DepartmentAsync(Department);
                    rig.Times.Add(clock.Elapsed.TotalMilliseconds);
                }
            var medians = rigs.Select(rig => rig.Times.Order().ElementAt(Runs / 2)).ToList();
            foreach (var (rig, median) in rigs.Zip(medians))
            {
                var view = views[rig.Months];
                Console.WriteLine($"history {rig.Months} month(s): department read {string.Join(" / ", rig.Times.Select(t => $"{t:F0}"))} ms, median {median:F0} ms " +
                    $"(score {view.Score}, ready {view.Ready}, at risk {view.AtRisk}, not ready {view.NotReady})");
            }
            if (medians.Count >= 2)
                Console.WriteLine($"ratio {months[^1]} months / {months[0]} month(s): {medians[^1] / medians[0]:F2}x");
            return 0;
        }
        finally
        {
            foreach (var rig in rigs) await rig.Local.DisposeAsync();
        }
    }

    /// <summary>Writes the roster and every person's roll-up; returns the number of events and the bytes of JSON the read and the write-side rows hold.</summary>
    private static async Task<(long Events, long ReadBytes, long WriteSideBytes)> SeedAsync(IServiceProvider services, int people, int months)
    {
        var roster = services.GetRequiredService<RosterStore>();
        var store = services.GetRequiredService<ReadinessStore>();
        var model = services.GetRequiredService<ReadinessModel>();
        var bank = services.GetRequiredService<ContentBundle>().Questions;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        long events = 0, readBytes = 0, writeSideBytes = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var person = new StaffMember(Guid.NewGuid().ToString(), $"Bench {i}", $"bench{i}@demo-hospital.example", Department,
                [i % 5 == 0 ? "on-duty" : "records-clerk"], null, "en");
            await roster.UpsertAsync(person, ct);
            var (rollup, count) = Synthetic(person, bank, model, now, months, new Random(i));
            await store.ReplaceAsync(rollup, ct);
            Interlocked.Add(ref events, count);
            var readSide = rollup with { Questions = new Dictionary<string, QuestionRecall>(), Drills = rollup.Drills with { Applied = [] } };
            Interlocked.Add(ref readBytes, System.Text.Json.JsonSerializer.Serialize(readSide).Length);
            Interlocked.Add(ref writeSideBytes, System.Text.Json.JsonSerializer.Serialize(rollup.Questions).Length + System.Text.Json.JsonSerializer.Serialize(rollup.Drills.Applied).Length);
        });
        return (events, readBytes, writeSideBytes);
    }

    // Per month: two quizzes of five answers, one drill (answered 4 times in 5), four weekly checks for every fifth person.
    internal static (PersonRollup, int) Synthetic(StaffMember person, IReadOnlyList<Question> bank, ReadinessModel model, DateTimeOffset now, int months, Random random)
    {
        var r = PersonRollup.Empty(person.ObjectId, person.Department);
        var count = 0;
        var start = now.AddMonths(-months);
        for (var month = 0; month < months; month++)
        {
            var at = start.AddMonths(month);
            for (var quiz = 0; quiz < 2; quiz++)
                for (var q = 0; q < 5; q++)
                {
                    var question = bank[random.Next(bank.Count)];
                    var when = at.AddDays(quiz * 14).AddMinutes(q);
                    var right = random.NextDouble() < 0.75;
                    r = RollupUpdates.Answer(r, question.Id, question.Topic, new QuestionRecall(when, right ? random.Next(1, 6) : 0, right, $"{month}-{quiz}/{q}")) ?? r;
                    count++;
                }
            var answered = random.Next(5) > 0;
            r = RollupUpdates.Drill(r, new DrillOutcome($"drill-{month}", "fire-records-store", at.AddDays(7), answered ? random.Next(40, 101) : 0, answered, []),
                model.DrillHalfLife) ?? r;
            count++;
            if (person.Name.EndsWith('0') || person.Name.EndsWith('5'))
                for (var week = 0; week < 4; week++)
                {
                    var due = DateOnly.FromDateTime(at.AddDays(7 * week).UtcDateTime);
                    r = RollupUpdates.Check(r, new CheckRecord($"c-{month}-{week}", "ext-1", "extinguisher-monthly", due,
                        random.Next(6) > 0 ? due : null), model.CheckRecordsKept) ?? r;
                    count++;
                }
        }
        return (r, count);
    }
}
