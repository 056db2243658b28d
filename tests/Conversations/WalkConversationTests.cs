using static DrillPlatform.Tests.Conversations.WalkTestSteps;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Storage")]
public class WalkConversationTests
{
    [Fact]
    public async Task Practice_WhenEveryStepIsAnsweredRightAndPromptly_EndsWithADebriefOf100()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");

        var sent = await FinishRightAsync(bot, person, await bot.SendAsync(person, "practice fire-records-store"));

        var debrief = sent.Single(IsDebrief);
        Assert.Equal("Debrief: Fire in the records store", debrief.BodyText(0));
        Assert.Equal("Score: 100 / 100", debrief.BodyText(1));
        var updates = sent.Where(s => s.IsUpdate).ToList();
        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.Equal("✓ Right", u.BodyText(2)));
        Assert.StartsWith("p-", Ids(sent.First(s => s.FirstAction == "walk.answer")).Walk);
    }

    [Fact]
    public async Task Practice_WhenAWrongOptionIsChosen_UpdatesTheClickedCardWithFeedbackAndCitation()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var card = LastStepCard(await bot.SendAsync(person, "practice Fire in the records store"));
        var wrong = await OptionAsync(bot, person, card, right: false);

        var sent = await bot.SendAsync(person, value: Data(card, wrong), replyToId: "card-1");

        var update = Assert.Single(sent, s => s.IsUpdate);
        Assert.EndsWith("/activities/card-1", update.Target);
        Assert.Equal("✗ Not the plan's first action", update.BodyText(2));
        var step = bot.Get<ScenarioCatalog>().Get("fire-records-store").Get(Ids(card).Step);
        Assert.Equal(step.Options[wrong].Feedback.En, update.BodyText(4));
        Assert.StartsWith("From the plan:", update.BodyText(5));
        Assert.Single(sent, s => s.FirstAction == "walk.answer" && !s.IsUpdate);
    }

    [Fact]
    public async Task Answer_WhenTheSameCardIsClickedTwiceAtOnce_CountsOnceAndSaysNothingMore()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var card = LastStepCard(await bot.SendAsync(person, "practice fire-records-store"));
        var data = Data(card, await OptionAsync(bot, person, card, right: true));

        var both = await Task.WhenAll(bot.SendAsync(person, value: data, replyToId: "c"), bot.SendAsync(person, value: data, replyToId: "c"));
        var sent = both.SelectMany(s => s).Concat(bot.TakeSent()).ToList();
        var again = await bot.SendAsync(person, value: data, replyToId: "c");

        var walk = await bot.Get<WalkStore>().GetAsync(Ids(card).Walk, person.ObjectId, CancellationToken.None);
        Assert.Single(walk!.State.History);
        Assert.Single(sent, s => s.IsUpdate);
        Assert.Single(sent, s => !s.IsUpdate && s.FirstAction == "walk.answer");
        Assert.DoesNotContain(sent, s => s.Text is not null);
        Assert.Empty(again);
    }

    [Fact]
    public async Task Answer_WhenTheCardIsForAStepNotReached_SaysTheCardIsStaleAndChangesNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var card = LastStepCard(await bot.SendAsync(person, "practice fire-records-store"));
        var (walkId, stepId) = Ids(card);
        var other = bot.Get<ScenarioCatalog>().Get("fire-records-store").Steps.First(s => s.Id != stepId).Id;

        var sent = await bot.SendAsync(person, value: new { action = "walk.answer", walk = walkId, step = other, option = 0 });
        var unknown = await bot.SendAsync(person, value: new { action = "walk.answer", walk = "p-nope", step = stepId, option = 0 });

        var stale = bot.Get<Texts>().Get("walk_stale", "en");
        Assert.Equal(stale, Assert.Single(sent).Text);
        Assert.Equal(stale, Assert.Single(unknown).Text);
        var walk = await bot.Get<WalkStore>().GetAsync(walkId, person.ObjectId, CancellationToken.None);
        Assert.Empty(walk!.State.History);
    }

    [Fact]
    public async Task Answer_WhenTheStepTimeRanOut_MarksItTimedOutAndShowsTheNextStep()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var card = LastStepCard(await bot.SendAsync(person, "practice fire-records-store"));
        var step = bot.Get<ScenarioCatalog>().Get("fire-records-store").Get(Ids(card).Step);
        bot.Clock.Advance(step.TimeLimit + TimeSpan.FromSeconds(5));

        var sent = await bot.SendAsync(person, value: Data(card, 0), replyToId: "card-1");

        Assert.Equal("✗ Time ran out", Assert.Single(sent, s => s.IsUpdate).BodyText(2));
        Assert.Contains(sent, s => s.Text == bot.Get<Texts>().Get("walk_too_late", "en"));
        var next = LastStepCard(sent);
        Assert.NotEqual(step.Id, Ids(next).Step);
        var walk = await bot.Get<WalkStore>().GetAsync(Ids(card).Walk, person.ObjectId, CancellationToken.None);
        Assert.True(walk!.State.History[0].TimedOut);
    }

    [Fact]
    public async Task Answer_WithAnOptionTheStepDoesNotHave_SaysSoAndKeepsTheStepOpen()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var card = LastStepCard(await bot.SendAsync(person, "practice fire-records-store"));
        var (walkId, stepId) = Ids(card);

        var sent = await bot.SendAsync(person, value: new { action = "walk.answer", walk = walkId, step = stepId, option = 9 });

        Assert.Equal(bot.Get<Texts>().Get("invalid_answer", "en"), Assert.Single(sent).Text);
        var walk = await bot.Get<WalkStore>().GetAsync(walkId, person.ObjectId, CancellationToken.None);
        Assert.Equal(stepId, walk!.State.CurrentStep);
        Assert.Empty(walk.State.History);
    }

    [Fact]
    public async Task Practice_WhenTheScenarioIsUnknown_ListsNothingAndSaysSo()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");

        var unknown = await bot.SendAsync(person, "practice volcano");
        var list = await bot.SendAsync(person, "practice");

        Assert.Equal(bot.Get<Texts>().Get("practice_unknown", "en", "volcano"), Assert.Single(unknown).Text);
        var card = Assert.Single(list).Card!.Value;
        var choices = OptionButtons.ChoiceSet(card).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal(bot.Get<ScenarioCatalog>().Scenarios.Select(s => s.Id), choices);
        Assert.Equal("practice.start", Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("data").GetProperty("action").GetString());
    }
}
