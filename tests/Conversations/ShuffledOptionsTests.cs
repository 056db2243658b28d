using static DrillPlatform.Tests.Conversations.WalkTestSteps;

namespace DrillPlatform.Tests.Conversations;

/// <summary>Cards show options in each person's own order, and a click is scored by the option it names, not where it sat.</summary>
[Trait("Category", "Storage")]
public class ShuffledOptionsTests
{
    private static Sent QuestionCard(IEnumerable<Sent> sent) => sent.Last(s => !s.IsUpdate && s.FirstAction == "quiz.answer");

    private static Question Asked(BotHarness bot, Sent card) =>
        bot.Get<ContentBundle>().Questions.Single(q => q.Text.En == card.BodyText(1));

    [Fact]
    public async Task Quiz_WhenTheRightOptionIsClickedWhereverItIsShown_CountsItRight()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var sent = await bot.SendAsync(person, "quiz");

        for (var i = 0; i < 5; i++)
        {
            var card = QuestionCard(sent);
            var question = Asked(bot, card);
            var session = OptionButtons.Data(card.Card!.Value, 0).GetProperty("session").GetString()!;
            var shown = OptionButtons.Shown(card.Card!.Value);
            Assert.Equal(OptionOrder.For(person.ObjectId, session, question.Id, question.Options.Count), shown);
            Assert.Equal(shown.Select(o => question.Options[o].En), OptionButtons.Titles(card.Card!.Value));

            sent = await bot.SendAsync(person, value: OptionButtons.Data(card.Card!.Value, question.Correct), replyToId: "q" + i);

            var answered = Assert.Single(sent, s => s.IsUpdate);
            Assert.Equal("✓ Right", answered.BodyText(2));
        }
        Assert.Contains(sent, s => !s.IsUpdate && s.Card is { } c && c.GetProperty("body")[1].GetProperty("text").GetString() == "5 of 5 right");
    }

    [Fact]
    public async Task Walk_ShowsOptionsInThePersonsOrderNumberedAsShown_AndScoresTheRealOption()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var card = LastStepCard(await bot.SendAsync(person, "practice fire-records-store"));
        var (walkId, stepId) = Ids(card);
        var step = bot.Get<ScenarioCatalog>().Get("fire-records-store").Get(stepId);

        var shown = OptionButtons.Shown(card.Card!.Value);
        Assert.Equal(OptionOrder.For(person.ObjectId, walkId, stepId, step.Options.Count), shown);
        var titles = OptionButtons.Titles(card.Card!.Value);
        Assert.All(titles.Select((t, i) => (t, i)), x => Assert.StartsWith($"{x.i + 1}.", x.t));

        var right = await OptionAsync(bot, person, card, right: true);
        var sent = await bot.SendAsync(person, value: Data(card, right), replyToId: "card-1");

        Assert.Equal("✓ Right", Assert.Single(sent, s => s.IsUpdate).BodyText(2));
        var walk = await bot.Get<WalkStore>().GetAsync(walkId, person.ObjectId, CancellationToken.None);
        Assert.Equal(right, walk!.State.History.Single().Option);
    }
}
