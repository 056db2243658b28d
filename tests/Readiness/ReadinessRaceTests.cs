using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Tests.Conversations;

namespace DrillPlatform.Tests.Readiness;

/// <summary>Roll-ups on Azurite: every event counts once, however many times it arrives or races.</summary>
public sealed class ReadinessRaceTests
{
    [Fact]
    public async Task RecordDrill_SameResultRacedTwentyTimes_CountsOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Li", roles: "records-clerk");
        var outcome = new DrillOutcome("d1", "fire-records-store", bot.Clock.GetUtcNow(), 70, true, []);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => bot.Get<ReadinessRecorder>().RecordDrillAsync(person.ObjectId, outcome))));

        var row = (await bot.Get<ReadinessStore>().GetAsync("records", person.ObjectId))!;
        Assert.Equal(1, row.Drills.Count);
        Assert.Equal(70, row.Drills.Mean!.Value, 6);
    }

    [Fact]
    public async Task RecordEvents_ManyDifferentOnesRacing_EveryOneCounts()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Li", roles: "records-clerk");
        var now = bot.Clock.GetUtcNow();
        var recorder = bot.Get<ReadinessRecorder>();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => i % 2 == 0
            ? recorder.RecordDrillAsync(person.ObjectId, new DrillOutcome($"d{i}", "fire-records-store", now.AddDays(-i), 50, true, []))
            : recorder.RecordCheckAsync(person.ObjectId, new CheckRecord($"c{i}", "ext", "monthly", DateOnly.FromDateTime(now.UtcDateTime).AddDays(-i), null)))));

        var row = (await bot.Get<ReadinessStore>().GetAsync("records", person.ObjectId))!;
        Assert.Equal(6, row.Drills.Count);
        Assert.Equal(6, row.Checks.Count);
    }

    [Fact]
    public async Task QuizAnswer_ClickedFiveTimesAtOnce_CountsOnceInReadiness()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Li", roles: "records-clerk");
        var quiz = bot.Get<QuizService>();
        var start = (await quiz.StartAsync(person, "en"))!;

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => quiz.AnswerAsync(person.ObjectId, start.SessionId, 0, start.First.Correct))));

        var row = (await bot.Get<ReadinessStore>().GetAsync("records", person.ObjectId))!;
        var answer = Assert.Single(row.Questions);
        Assert.Equal(start.First.Id, answer.Key);
        Assert.True(answer.Value.Right);
        Assert.Equal(1, answer.Value.Box);
        Assert.Equal(1.0, row.Topics[start.First.Topic].RecallAt(bot.Clock.GetUtcNow()), 6);
        Assert.Equal(bot.Clock.GetUtcNow(), row.LastTrainingAt);
    }

    [Fact]
    public async Task Department_IsReadFromTheRoster_PeopleWithoutHistoryShowAsNotReady()
    {
        await using var bot = await BotHarness.StartAsync();
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var trained = await bot.PersonAsync("Trained", department, roles: "records-clerk");
        var untrained = await bot.PersonAsync("Untrained", department, roles: "records-clerk");
        await bot.Get<ReadinessRecorder>().RecordDrillAsync(trained.ObjectId,
            new DrillOutcome("d1", "fire-records-store", bot.Clock.GetUtcNow(), 100, true, []));

        var view = await bot.Get<ReadinessReader>().DepartmentAsync(department);

        Assert.Equal(["Untrained", "Trained"], view.People.Select(p => p.Name));
        Assert.Equal(ReadinessBand.NotReady, view.People[0].Band);
        Assert.All(view.People, p => Assert.NotEmpty(p.Reasons));
        Assert.Equal(100, view.People[1].Drills!.Value, 6);
        Assert.Equal(untrained.ObjectId, view.People[0].PersonId);
    }
}
