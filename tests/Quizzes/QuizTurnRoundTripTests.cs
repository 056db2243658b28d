using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Tests.Conversations;

namespace DrillPlatform.Tests.Quizzes;

/// <summary>What one turn costs in storage, counted at the HTTP pipeline of the real stores on Azurite.</summary>
[Trait("Category", "Storage")]
public sealed class QuizTurnRoundTripTests
{
    [Fact]
    public async Task QuizAnswer_OfAPersonOnTheRoster_TakesAtMostThreeStorageRoundTripsAndCountsOnce()
    {
        var counter = new StorageRequestCounter();
        var connection = await AzuriteFixture.ConnectionStringAsync();
        await using var bot = await BotHarness.StartAsync(services => counter.Replace(services, connection));
        var person = await bot.PersonAsync("Counted Clerk", roles: "records-clerk");
        var question = (await bot.SendAsync(person, "quiz")).Single();
        var data = OptionButtons.Data(question.Card!.Value, OptionButtons.Shown(question.Card!.Value)[0]);

        counter.Reset();
        var replies = await bot.SendAsync(person, value: data, replyToId: "act-question-0");

        Assert.True(counter.Requests.Count <= 3, "an answer took " + string.Join(", ", counter.Requests));
        Assert.Contains(replies, r => r.IsUpdate);
        var session = data.GetProperty("session").GetString()!;
        Assert.Single(await bot.Get<AttemptStore>().ListAsync(person.ObjectId, session));
        var rollup = await bot.Get<ReadinessStore>().GetAsync(person.Department, person.ObjectId);
        Assert.Single(rollup!.Questions);
    }

    [Fact]
    public async Task HelpTurn_OfAPersonAlreadySeen_TakesNoStorageRoundTrip()
    {
        var counter = new StorageRequestCounter();
        var connection = await AzuriteFixture.ConnectionStringAsync();
        await using var bot = await BotHarness.StartAsync(services => counter.Replace(services, connection));
        var person = await bot.PersonAsync("Helped Clerk");
        await bot.SendAsync(person, "help");

        counter.Reset();
        var replies = await bot.SendAsync(person, "help");

        Assert.Empty(counter.Requests);
        Assert.NotNull(Assert.Single(replies).Card);
    }

    [Fact]
    public async Task Message_FromSomeoneNotOnTheRoster_IsAnsweredWithoutAStorageRoundTripTheSecondTime()
    {
        var counter = new StorageRequestCounter();
        var connection = await AzuriteFixture.ConnectionStringAsync();
        await using var bot = await BotHarness.StartAsync(services => counter.Replace(services, connection));
        var stranger = new DrillPlatform.Core.Roster.StaffMember(Guid.NewGuid().ToString(), "Stranger", "s@x.example", "records", [], null, "en");
        await bot.SendAsync(stranger, "help");

        counter.Reset();
        var replies = await bot.SendAsync(stranger, "help");

        Assert.Empty(counter.Requests);
        Assert.Null(Assert.Single(replies).Card);
    }
}
