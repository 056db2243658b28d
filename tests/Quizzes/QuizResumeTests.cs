using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Tests.Conversations;
using DrillPlatform.Tests.Storage;

namespace DrillPlatform.Tests.Quizzes;

/// <summary>
/// A quiz answer stored but its turn failed after that (the Connector refused the next card, the
/// readiness write failed): the next click, or Teams' resend of the turn, sends what follows the
/// answer, and the answer still counts once in attempts, mastery and the readiness roll-up.
/// Faults are real: a 500 from the local Connector, a failed request to Azurite.
/// </summary>
[Trait("Category", "Storage")]
public sealed class QuizResumeTests
{
    [Fact]
    public async Task QuizAnswer_WhenTheNextQuestionCouldNotBeSent_ClickingAgainSendsItAndCountsTheAnswerOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        var (person, data) = await StartQuizAsync(bot);

        bot.Connector.FailSends(1);
        await Assert.ThrowsAnyAsync<Exception>(() => bot.SendAsync(person, value: data, replyToId: "act-question-0"));
        bot.TakeSent();
        var again = await bot.SendAsync(person, value: data, replyToId: "act-question-0");

        AssertFeedbackAndQuestion(again, nextIndex: 1);
        await AssertCountedOnceAsync(bot, person, data);
    }

    [Fact]
    public async Task QuizAnswer_WhenTeamsResendsTheTurnThatFailed_SendsTheNextQuestion()
    {
        await using var bot = await BotHarness.StartAsync();
        var (person, data) = await StartQuizAsync(bot);
        var activityId = Guid.NewGuid().ToString("N");

        bot.Connector.FailSends(1);
        await Assert.ThrowsAnyAsync<Exception>(() => bot.SendAsync(person, value: data, replyToId: "act-question-0", id: activityId));
        bot.TakeSent();
        var resent = await bot.SendAsync(person, value: data, replyToId: "act-question-0", id: activityId);

        AssertFeedbackAndQuestion(resent, nextIndex: 1);
        await AssertCountedOnceAsync(bot, person, data);
    }

    [Fact]
    public async Task QuizAnswer_WhenTheReadinessWriteFailsAfterTheAnswer_ClickingAgainCountsItOnceAndSendsTheNextQuestion()
    {
        var faults = new StorageFaults();
        var connection = await AzuriteFixture.ConnectionStringAsync();
        await using var bot = await BotHarness.StartAsync(services => StoragePipeline.Install(services, connection, faults));
        var (person, data) = await StartQuizAsync(bot);

        // An answer is two transactions: the quiz's (attempt, session, mastery), then the roll-up's.
        var batches = 0;
        faults.Fail(r => r.StartsWith("POST ") && r.Contains("$batch") && Interlocked.Increment(ref batches) == 2, times: 1);
        await Assert.ThrowsAnyAsync<Exception>(() => bot.SendAsync(person, value: data, replyToId: "act-question-0"));
        faults.Heal();
        Assert.Equal(1, faults.Injected);
        Assert.Single(await bot.Get<AttemptStore>().ListAsync(person.ObjectId, Session(data)));
        Assert.Empty(bot.TakeSent());

        var again = await bot.SendAsync(person, value: data, replyToId: "act-question-0");

        AssertFeedbackAndQuestion(again, nextIndex: 1);
        await AssertCountedOnceAsync(bot, person, data);
    }

    [Fact]
    public async Task QuizAnswer_WhenClickedAgainAfterItsNextQuestionWasSent_SendsNothingMore()
    {
        await using var bot = await BotHarness.StartAsync();
        var (person, data) = await StartQuizAsync(bot);

        AssertFeedbackAndQuestion(await bot.SendAsync(person, value: data, replyToId: "act-question-0"), nextIndex: 1);
        var again = await bot.SendAsync(person, value: data, replyToId: "act-question-0");

        Assert.Empty(again);
        await AssertCountedOnceAsync(bot, person, data);
    }

    private static async Task<(StaffMember Person, JsonElement Data)> StartQuizAsync(BotHarness bot)
    {
        var person = await bot.PersonAsync("Resumed Clerk", roles: "records-clerk");
        var question = (await bot.SendAsync(person, "quiz")).Single();
        return (person, OptionButtons.Data(question.Card!.Value, OptionButtons.Shown(question.Card!.Value)[0]));
    }

    private static string Session(JsonElement data) => data.GetProperty("session").GetString()!;

    private static void AssertFeedbackAndQuestion(List<Sent> sent, int nextIndex)
    {
        Assert.Single(sent, s => s.IsUpdate);
        var next = Assert.Single(sent, s => !s.IsUpdate);
        var submit = Assert.Single(next.Card!.Value.GetProperty("actions").EnumerateArray()).GetProperty("data");
        Assert.Equal(CardActions.QuizAnswer, submit.GetProperty("action").GetString());
        Assert.Equal(nextIndex, submit.GetProperty("index").GetInt32());
    }

    private static async Task AssertCountedOnceAsync(BotHarness bot, StaffMember person, JsonElement data)
    {
        var attempt = Assert.Single(await bot.Get<AttemptStore>().ListAsync(person.ObjectId, Session(data)));
        var mastery = await bot.Get<MasteryStore>().GetAsync(person.ObjectId, attempt.QuestionId);
        Assert.Equal(1, mastery!.Mastery.CorrectCount + mastery.Mastery.WrongCount);
        Assert.Equal(attempt.Key, mastery.LastAttempt);
        var rollup = await bot.Get<ReadinessStore>().GetAsync(person.Department, person.ObjectId);
        Assert.Equal(attempt.Key, Assert.Single(rollup!.Questions).Value.Attempt);
        Assert.True(rollup.Topics.Values.Sum(t => t.Sums.Sum()) <= 1.0 + 1e-9, "a right answer counted more than once in the topic recall");
    }
}
