using DrillPlatform.Core.Quizzes;
using Microsoft.Extensions.Time.Testing;
using static DrillPlatform.Tests.Quizzes.QuizFixtures;

namespace DrillPlatform.Tests.Quizzes;

[Trait("Category", "Storage")]
public class QuizServiceTests
{
    private sealed record Rig(QuizService Service, AttemptStore Attempts, MasteryStore Mastery, QuizSessionStore Sessions, FakeTimeProvider Time);

    private static async Task<Rig> NewAsync(IReadOnlyList<Question>? bank = null)
    {
        var storage = await TestStorage.NewAsync();
        var sessions = new QuizSessionStore(storage.Service, storage.Options);
        var attempts = new AttemptStore(storage.Service, storage.Options);
        var mastery = new MasteryStore(storage.Service, storage.Options);
        var time = new FakeTimeProvider(Now);
        var service = new QuizService(sessions, mastery, bank ?? FiveGeneral(), time, random: new Random(3));
        return new Rig(service, attempts, mastery, sessions, time);
    }

    [Fact]
    public async Task Quiz_AnsweredToTheEnd_ScoresAndListsTheMissedQuestions()
    {
        var rig = await NewAsync();
        var person = Person("clerk");
        var start = (await rig.Service.StartAsync(person, "en-US"))!;
        Assert.Equal((0, 5), (start.Index, start.Total));

        var question = start.First;
        var outcomes = new List<AnswerOutcome>();
        for (var i = 0; i < 5; i++)
        {
            var option = i is 1 or 3 ? 0 : question.Correct;
            var outcome = await rig.Service.AnswerAsync(person.ObjectId, start.SessionId, i, option);
            outcomes.Add(outcome);
            question = outcome.Next!;
        }

        Assert.All(outcomes, o => Assert.Equal(AnswerKind.Accepted, o.Kind));
        Assert.Equal([true, false, true, false, true], outcomes.Select(o => o.Correct));
        Assert.Equal([1, 2, 3, 4, -1], outcomes.Select(o => o.NextIndex));
        Assert.All(outcomes.Take(4), o => Assert.Null(o.Result));
        var result = outcomes[^1].Result!;
        Assert.Equal((3, 5), (result.Correct, result.Total));
        Assert.Equal([outcomes[1].Question!, outcomes[3].Question!], result.Missed);
        Assert.Equal(5, (await rig.Attempts.ListAsync(person.ObjectId, start.SessionId)).Count);
        var session = await rig.Sessions.GetAsync(person.ObjectId, start.SessionId);
        Assert.Equal((QuizStatus.Finished, "en"), (session!.Status, session.Locale));
        var mastery = await rig.Mastery.GetAllAsync(person.ObjectId);
        Assert.Equal(0, mastery[outcomes[1].Question!.Id].Box);
        Assert.Equal(1, mastery[outcomes[0].Question!.Id].Box);
    }

    [Fact]
    public async Task Answer_SubmittedTwice_CountsOnceAndReportsTheFirstChoice()
    {
        var rig = await NewAsync();
        var person = Person();
        var start = (await rig.Service.StartAsync(person, "zh-CN"))!;

        var first = await rig.Service.AnswerAsync(person.ObjectId, start.SessionId, 0, 0);
        rig.Time.Advance(TimeSpan.FromSeconds(2));
        var again = await rig.Service.AnswerAsync(person.ObjectId, start.SessionId, 0, start.First.Correct);

        Assert.Equal((AnswerKind.Accepted, AnswerKind.Duplicate), (first.Kind, again.Kind));
        Assert.Equal((0, false), (again.Chosen, again.Correct));
        Assert.Equal(1, again.NextIndex);
        var m = (await rig.Mastery.GetAllAsync(person.ObjectId))[start.First.Id];
        Assert.Equal((0, 1), (m.CorrectCount, m.WrongCount));
    }

    [Fact]
    public async Task Answer_EightConcurrentIdenticalAnswers_MakeOneAttemptAndOneMasteryUpdate()
    {
        var rig = await NewAsync();
        var person = Person();
        var start = (await rig.Service.StartAsync(person, "zh-CN"))!;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => rig.Service.AnswerAsync(person.ObjectId, start.SessionId, 0, start.First.Correct))));

        Assert.Single(outcomes, o => o.Kind == AnswerKind.Accepted);
        Assert.Equal(7, outcomes.Count(o => o.Kind == AnswerKind.Duplicate));
        Assert.All(outcomes, o => Assert.True(o.Correct));
        Assert.Single(await rig.Attempts.ListAsync(person.ObjectId, start.SessionId));
        var m = (await rig.Mastery.GetAllAsync(person.ObjectId))[start.First.Id];
        Assert.Equal((1, 1, 0), (m.Box, m.CorrectCount, m.WrongCount));
        var session = await rig.Sessions.GetAsync(person.ObjectId, start.SessionId);
        Assert.Single(session!.Answers);
    }

    [Fact]
    public async Task Answer_WhenTheWinnerStoppedAfterTheGate_ADuplicateFinishesTheJobOnce()
    {
        var rig = await NewAsync();
        var person = Person();
        var start = (await rig.Service.StartAsync(person, "zh-CN"))!;
        // The accepted request inserted its attempt and then died before mastery or the session changed.
        await rig.Attempts.TryAddAsync(new QuizAttempt(start.SessionId, 0, person.ObjectId, start.First.Id, 2, false, Now));

        var retry = await rig.Service.AnswerAsync(person.ObjectId, start.SessionId, 0, start.First.Correct);
        var again = await rig.Service.AnswerAsync(person.ObjectId, start.SessionId, 0, start.First.Correct);

        Assert.Equal((AnswerKind.Duplicate, 2, false), (retry.Kind, retry.Chosen, retry.Correct));
        Assert.Equal(AnswerKind.Duplicate, again.Kind);
        Assert.Equal(1, retry.NextIndex);
        var m = (await rig.Mastery.GetAllAsync(person.ObjectId))[start.First.Id];
        Assert.Equal((0, 1), (m.CorrectCount, m.WrongCount));
        Assert.Single((await rig.Sessions.GetAsync(person.ObjectId, start.SessionId))!.Answers);
    }

    [Fact]
    public async Task Answer_FromACardOfAnOlderQuiz_IsStaleAfterANewQuizStarts()
    {
        var rig = await NewAsync();
        var person = Person();
        var old = (await rig.Service.StartAsync(person, "zh-CN"))!;
        var current = (await rig.Service.StartAsync(person, "zh-CN"))!;

        var outcome = await rig.Service.AnswerAsync(person.ObjectId, old.SessionId, 0, 1);

        Assert.Equal(AnswerKind.Stale, outcome.Kind);
        Assert.Null(outcome.Next);
        Assert.Empty(await rig.Attempts.ListAsync(person.ObjectId, old.SessionId));
        Assert.Equal(QuizStatus.Superseded, (await rig.Sessions.GetAsync(person.ObjectId, old.SessionId))!.Status);
        Assert.Equal(AnswerKind.Accepted, (await rig.Service.AnswerAsync(person.ObjectId, current.SessionId, 0, 1)).Kind);
    }

    [Fact]
    public async Task Answer_ForAQuestionAheadOfTheCurrentOne_IsStaleAndPointsBackToTheCurrentOne()
    {
        var rig = await NewAsync();
        var person = Person();
        var start = (await rig.Service.StartAsync(person, "zh-CN"))!;

        var outcome = await rig.Service.AnswerAsync(person.ObjectId, start.SessionId, 2, 1);

        Assert.Equal(AnswerKind.Stale, outcome.Kind);
        Assert.Equal((start.First, 0), (outcome.Next, outcome.NextIndex));
        Assert.Empty(await rig.Attempts.ListAsync(person.ObjectId, start.SessionId));
    }

    [Fact]
    public async Task Answer_ToSomeoneElsesSession_IsNotFound()
    {
        var rig = await NewAsync();
        var owner = Person();
        var start = (await rig.Service.StartAsync(owner, "zh-CN"))!;

        var outcome = await rig.Service.AnswerAsync(Person().ObjectId, start.SessionId, 0, 1);

        Assert.Equal(AnswerKind.NotFound, outcome.Kind);
        Assert.Equal(AnswerKind.NotFound, (await rig.Service.AnswerAsync(owner.ObjectId, "no-such-session", 0, 1)).Kind);
        Assert.Equal(AnswerKind.NotFound, (await rig.Service.AnswerAsync(owner.ObjectId, "a/b#c?d", 0, 1)).Kind);
        Assert.Empty(await rig.Attempts.ListAsync(owner.ObjectId, start.SessionId));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(0, -1)]
    [InlineData(5, 0)]
    [InlineData(-1, 0)]
    public async Task Answer_WithAnOptionOrIndexTheQuizDoesNotHave_IsInvalidAndRecordsNothing(int index, int option)
    {
        var rig = await NewAsync();
        var person = Person();
        var start = (await rig.Service.StartAsync(person, "zh-CN"))!;

        var outcome = await rig.Service.AnswerAsync(person.ObjectId, start.SessionId, index, option);

        Assert.Equal(AnswerKind.Invalid, outcome.Kind);
        Assert.Empty(await rig.Attempts.ListAsync(person.ObjectId, start.SessionId));
        Assert.Empty(await rig.Mastery.GetAllAsync(person.ObjectId));
    }

    [Fact]
    public async Task Start_WhenNoQuestionFitsThePerson_ReturnsNullAndStoresNoSession()
    {
        var rig = await NewAsync([Question("lead-only", roles: "leader")]);
        var person = Person("clerk");

        Assert.Null(await rig.Service.StartAsync(person, "zh-CN"));
        Assert.Empty(await rig.Sessions.ListActiveAsync(person.ObjectId));
    }

    [Fact]
    public async Task Start_AfterAMiss_AsksTheMissedQuestionFirstOnceItIsDue()
    {
        var bank = Enumerable.Range(1, 12).Select(i => Question($"q{i}", $"topic{i % 3}")).ToList();
        var rig = await NewAsync(bank);
        var person = Person();
        var first = (await rig.Service.StartAsync(person, "zh-CN"))!;
        await rig.Service.AnswerAsync(person.ObjectId, first.SessionId, 0, (first.First.Correct + 1) % 3);

        rig.Time.Advance(TimeSpan.FromMinutes(11));
        var next = (await rig.Service.StartAsync(person, "zh-CN"))!;

        Assert.Equal(first.First.Id, next.First.Id);
    }
}
