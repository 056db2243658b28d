using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Model;
using DrillPlatform.Core.Drills.Storage;
using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Readiness.Rebuild;
using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Local;

/// <summary>
/// A realistic, reproducible past for the demo roster, so a newcomer's `readiness` shows a spread:
/// quiz attempts and three closed drills per department, written through the real stores (as if
/// they had happened), then folded into roll-ups by rebuild-readiness. Person i follows profile
/// i mod 5 (keen, steady, lapsed, new, absent) with Random(1000 + i), relative to the host's clock.
/// Ids are fixed, so a restart on the same Azurite adds nothing and leaves the first history be.
/// </summary>
public static class DemoHistory
{
    private static readonly (int DaysAgo, string Scenario)[] Drills = [(150, "fire-records-store"), (80, "water-leak-records-office"), (20, "theft-discovered")];

    public static async Task LoadAsync(IServiceProvider services, IReadOnlyList<StaffMember> people, CancellationToken ct = default)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var bank = services.GetRequiredService<ContentBundle>().Questions;
        var catalog = services.GetRequiredService<ScenarioCatalog>();
        var attempts = services.GetRequiredService<AttemptStore>();
        var added = 0;
        await Parallel.ForEachAsync(people.Select((p, i) => (Person: p, Index: i)), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (x, token) =>
        {
            foreach (var attempt in Attempts(x.Person, x.Index, bank, now))
                if (await attempts.TryAddAsync(attempt, token)) Interlocked.Increment(ref added);
        });
        foreach (var department in people.GroupBy(p => p.Department))
            for (var k = 0; k < Drills.Length; k++)
                if (catalog.Find(Drills[k].Scenario) is not null && await DrillAsync(services, department.Key, k, department.ToList(), people, now, ct))
                    added++;
        if (added > 0) await services.GetRequiredService<ReadinessRebuild>().RunAsync(ct);
    }

    private static int Profile(int index) => index % 5;

    private static IEnumerable<QuizAttempt> Attempts(StaffMember person, int index, IReadOnlyList<Question> bank, DateTimeOffset now)
    {
        var random = new Random(1000 + index);
        var mine = bank.Where(q => q.Roles.Count == 0 || q.Roles.Any(person.HasRole)).ToList();
        var (sessions, fromDays, toDays, accuracy) = Profile(index) switch
        {
            0 => (6, 60, 1, 0.92),
            1 => (4, 120, 10, 0.75),
            2 => (3, 300, 200, 0.6),
            3 => (1, 12, 8, 0.5),
            _ => (0, 0, 0, 0.0),
        };
        for (var s = 0; s < sessions && mine.Count > 0; s++)
        {
            var start = now.AddDays(-fromDays + (fromDays - toDays) * s / Math.Max(1, sessions - 1)).AddMinutes(random.Next(0, 600));
            for (var q = 0; q < QuizService.QuestionsPerQuiz; q++)
            {
                var question = mine[random.Next(mine.Count)];
                var right = random.NextDouble() < accuracy;
                var option = right ? question.Correct : (question.Correct + 1) % question.Options.Count;
                yield return new QuizAttempt($"demo-{index:D2}-{s}", q, person.ObjectId, question.Id, option, right, start.AddMinutes(q));
            }
        }
    }

    // One closed drill: everyone but the "new" profile prompted; keen and steady answer, lapsed answers all but the last, absent never.
    private static async Task<bool> DrillAsync(IServiceProvider services, string department, int k, IReadOnlyList<StaffMember> audience,
        IReadOnlyList<StaffMember> everyone, DateTimeOffset now, CancellationToken ct)
    {
        var store = services.GetRequiredService<DrillStore>();
        var participants = services.GetRequiredService<ParticipantStore>();
        var calendar = services.GetRequiredService<SiteCalendar>();
        var launched = now.AddDays(-Drills[k].DaysAgo);
        var drill = new Drill
        {
            Id = $"demo-{Uri.EscapeDataString(department)}-{k}", ScenarioId = Drills[k].Scenario, Department = department,
            LocalDate = calendar.LocalDate(launched), PlannedAt = launched, Explanation = "demo history",
            RequestedBy = everyone.FirstOrDefault(p => p.HasRole(ReadinessAccess.TrainerRole))?.ObjectId ?? "",
        };
        if (!await store.AddPlannedAsync(drill, ct)) return false;
        var planned = (await store.GetAsync(drill.Id, ct))!;
        await store.TryClaimLaunchAsync(planned, launched, ct);
        await store.RemoveFromDueAsync(planned, ct);

        var index = audience.ToDictionary(p => p.ObjectId, p => everyone.ToList().IndexOf(p));
        var prompted = audience.Where(p => Profile(index[p.ObjectId]) != 3).ToList();
        await participants.AddAsync(drill.Id, prompted.Select(p => p.ObjectId), ct);
        foreach (var person in prompted)
        {
            var i = index[person.ObjectId];
            var random = new Random(2000 + i * 7 + k);
            await participants.TryMarkPromptedAsync(drill.Id, person.ObjectId, launched.AddSeconds(30), ct);
            var answers = Profile(i) switch { 0 or 1 => true, 2 => k < Drills.Length - 1, _ => false };
            if (!answers) continue;
            var score = Profile(i) == 0 ? random.Next(85, 101) : random.Next(50, 90);
            await participants.MarkAnsweredAsync(drill.Id, person.ObjectId, launched.AddMinutes(3), score, ct);
            await participants.WriteScoreAsync(drill.Id, person.ObjectId, score, [], ct);
        }
        await store.CloseAsync((await store.GetAsync(drill.Id, ct))!, launched.AddMinutes(30), ct);
        await store.CompleteSummaryAsync(drill.Id, ct);
        return true;
    }
}
