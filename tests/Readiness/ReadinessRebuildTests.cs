using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Rebuild;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Tests.Conversations;

namespace DrillPlatform.Tests.Readiness;

/// <summary>rebuild-readiness replays the raw history and must land exactly where the incremental path did.</summary>
public sealed class ReadinessRebuildTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Rebuild_OnARandomHistory_EqualsTheIncrementalRollups(int seed)
    {
        await using var bot = await BotHarness.StartAsync();
        var random = new Random(seed);
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var people = new List<StaffMember>();
        for (var i = 0; i < 5; i++)
            people.Add(await bot.PersonAsync($"P{i}", i < 4 ? department : department + "-b", "en", i == 0 ? ["records-clerk", "on-duty"] : ["records-clerk"]));

        for (var step = 0; step < 24; step++)
        {
            bot.Clock.Advance(TimeSpan.FromHours(random.Next(1, 24 * 12)));
            var person = people[random.Next(people.Count)];
            switch (random.Next(4))
            {
                case 0: await QuizAsync(bot, person, random); break;
                case 1: await DrillAsync(bot, people, random); break;
                case 2: await PracticeAsync(bot, person); break;
                default: await CheckAsync(bot, person, random); break;
            }
        }

        var incremental = (await bot.Get<ReadinessStore>().ListAllAsync()).ToDictionary(r => r.PersonId);
        var rebuilt = (await bot.Get<ReadinessRebuild>().ComputeAsync()).ToDictionary(r => r.PersonId);
        Assert.Equal(incremental.Keys.Order(), rebuilt.Keys.Order());
        Assert.True(incremental.Count >= 3, $"only {incremental.Count} people have history; the test proves little");
        var scorer = bot.Get<ReadinessScorer>();
        foreach (var person in people.Where(p => incremental.ContainsKey(p.ObjectId)))
        {
            Assert.Equal(RollupUpdatesTests.Canonical(incremental[person.ObjectId]), RollupUpdatesTests.Canonical(rebuilt[person.ObjectId]));
            var now = bot.Clock.GetUtcNow();
            Assert.Equal(scorer.Score(person, incremental[person.ObjectId], now).Score, scorer.Score(person, rebuilt[person.ObjectId], now).Score);
        }

        await bot.Get<ReadinessRebuild>().RunAsync();
        var written = (await bot.Get<ReadinessStore>().ListAllAsync()).ToDictionary(r => r.PersonId);
        Assert.All(written, kv => Assert.Equal(RollupUpdatesTests.Canonical(incremental[kv.Key]), RollupUpdatesTests.Canonical(kv.Value)));
    }

    private static async Task QuizAsync(BotHarness bot, StaffMember person, Random random)
    {
        var quiz = bot.Get<QuizService>();
        var start = (await quiz.StartAsync(person, "en"))!;
        var question = start.First;
        for (var i = 0; i < start.Total; i++)
        {
            bot.Clock.Advance(TimeSpan.FromSeconds(20));
            var outcome = await quiz.AnswerAsync(person.ObjectId, start.SessionId, i, random.Next(2) == 0 ? question.Correct : (question.Correct + 1) % question.Options.Count);
            if (outcome.Next is null) break;
            question = outcome.Next;
        }
    }

    // A drill of the people, some prompted, some of those answering, closed by the real DrillClosing.
    private static async Task DrillAsync(BotHarness bot, IReadOnlyList<StaffMember> people, Random random)
    {
        var now = bot.Clock.GetUtcNow();
        var (drills, participants) = (bot.Get<DrillStore>(), bot.Get<ParticipantStore>());
        var drill = new Drill
        {
            Id = DrillIds.NewDrillId(), ScenarioId = "fire-records-store", Department = people[0].Department,
            LocalDate = DateOnly.FromDateTime(now.UtcDateTime), PlannedAt = now,
        };
        await drills.AddPlannedAsync(drill);
        await drills.TryClaimLaunchAsync((await drills.GetAsync(drill.Id))!, now);
        await participants.AddAsync(drill.Id, people.Select(p => p.ObjectId));
        foreach (var p in people)
        {
            var fate = random.Next(3);
            if (fate == 0) continue; // never prompted
            await participants.TryMarkPromptedAsync(drill.Id, p.ObjectId, now);
            if (fate == 2) await participants.MarkAnsweredAsync(drill.Id, p.ObjectId, now.AddMinutes(2), null);
        }
        bot.Clock.Advance(TimeSpan.FromMinutes(40));
        await bot.Get<DrillClosing>().CloseAsync((await drills.GetAsync(drill.Id))!, bot.Clock.GetUtcNow(), CancellationToken.None);
    }

    // As WalkAnswers does: the walk is stored, then the accepted answer is recorded.
    private static async Task PracticeAsync(BotHarness bot, StaffMember person)
    {
        var scenario = bot.Get<ScenarioCatalog>().Find("fire-records-store")!;
        var engine = bot.Get<ScenarioEngine>();
        var now = bot.Clock.GetUtcNow();
        var state = engine.Start(scenario, ScenarioParameters.Resolve(scenario, bot.Get<SiteRegistry>()), now);
        var answered = engine.Answer(state, state.CurrentStep!, 0, now.AddSeconds(5)).State;
        await bot.Get<WalkStore>().TryAddAsync(new StoredWalk(ReadinessHistory.PracticeWalkPrefix + Guid.NewGuid().ToString("N"), person.ObjectId, answered, "en"), CancellationToken.None);
        await bot.Get<ReadinessRecorder>().RecordPracticeAsync(person.ObjectId, now.AddSeconds(5));
    }

    // As CheckScheduling and CheckCompletion do: the task row, then the readiness record.
    private static async Task CheckAsync(BotHarness bot, StaffMember person, Random random)
    {
        var now = bot.Clock.GetUtcNow();
        var clock = bot.Get<SiteClockProvider>();
        var site = bot.Get<SiteClockProvider>().SiteId;
        var task = new CheckTask
        {
            Site = site, EquipmentId = "ext-" + random.Next(1000), CheckId = "extinguisher-monthly", DueDate = clock.For(site).Today(now),
            Anchor = clock.For(site).Today(now), Department = person.Department, Responsible = person.ObjectId, Deputy = person.ObjectId, OpenedAt = now,
        };
        var tasks = bot.Get<CheckTaskStore>();
        await tasks.AddAsync(task);
        await bot.Get<ReadinessRecorder>().RecordCheckAsync(person.ObjectId, ReadinessEvents.Check(task, clock.For(site))!);
        if (random.Next(2) == 0) return;
        var stored = (await tasks.GetAsync(task.Id))!;
        var done = stored with { Status = CheckStatus.Completed, CompletedBy = person.ObjectId, CompletedAt = now.AddDays(random.Next(0, 3)) };
        await tasks.TryReplaceAsync(done);
        await bot.Get<ReadinessRecorder>().RecordCheckAsync(person.ObjectId, ReadinessEvents.Check(done, clock.For(site))!);
    }
}
