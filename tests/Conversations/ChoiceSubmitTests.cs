using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Quizzes;
using static DrillPlatform.Tests.Conversations.WalkTestSteps;

namespace DrillPlatform.Tests.Conversations;

/// <summary>
/// Question, step, practice and check-list cards are one expanded choice set and one submit (issue 15).
/// A submit without a choice, or with a value that is no option, gets one clear line in the person's
/// language and changes nothing; the card can still be answered after it.
/// </summary>
[Trait("Category", "Storage")]
public class ChoiceSubmitTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task Quiz_SubmittedWithoutAChoice_SaysChooseFirstAndTheQuestionStaysOpen(string locale)
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily", locale: locale);
        var card = QuestionCard(await bot.SendAsync(person, "quiz"));

        var none = await bot.SendAsync(person, value: OptionButtons.Submit(card), replyToId: "q0");
        var empty = await bot.SendAsync(person, value: OptionButtons.Submit(card, ("option", "")), replyToId: "q0");
        var garbage = await bot.SendAsync(person, value: OptionButtons.Submit(card, ("option", "the second one")), replyToId: "q0");

        var texts = bot.Get<Texts>();
        Assert.Equal(texts.Get("choice_missing", locale), Assert.Single(none).Text);
        Assert.Equal(texts.Get("choice_missing", locale), Assert.Single(empty).Text);
        Assert.Equal(texts.Get("choice_unknown", locale), Assert.Single(garbage).Text);
        var session = card.GetProperty("actions")[0].GetProperty("data").GetProperty("session").GetString()!;
        Assert.Empty(await bot.Get<AttemptStore>().ListAsync(person.ObjectId, session));

        var answered = await bot.SendAsync(person, value: OptionButtons.Data(card, OptionButtons.Shown(card)[0]), replyToId: "q0");
        Assert.Single(answered, s => s.IsUpdate);
        Assert.Single(await bot.Get<AttemptStore>().ListAsync(person.ObjectId, session));
    }

    [Fact]
    public async Task Quiz_WithAnOptionIndexTheQuestionDoesNotHave_SaysItIsNotAnOption()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var card = QuestionCard(await bot.SendAsync(person, "quiz"));

        var sent = await bot.SendAsync(person, value: OptionButtons.Submit(card, ("option", "99")), replyToId: "q0");

        Assert.Equal(bot.Get<Texts>().Get("invalid_answer", "en"), Assert.Single(sent).Text);
    }

    [Fact]
    public async Task Quiz_AnsweredThroughActionExecute_ReturnsTheAnsweredCardInTheInvokeResponse()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var card = QuestionCard(await bot.SendAsync(person, "quiz"));

        var (missing, saidMissing) = await bot.ExecuteAsync(person, OptionButtons.Submit(card), replyToId: "q0");
        var (answered, _) = await bot.ExecuteAsync(person, OptionButtons.Data(card, OptionButtons.Shown(card)[0]), replyToId: "q0");

        Assert.Equal(200, missing!.Status);
        Assert.Equal("application/vnd.microsoft.activity.message", Body(missing).GetProperty("type").GetString());
        Assert.Equal(bot.Get<Texts>().Get("choice_missing", "en"), Assert.Single(saidMissing).Text);
        Assert.Equal(200, answered!.Status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Body(answered).GetProperty("type").GetString());
        Assert.Equal("FactSet", Body(answered).GetProperty("value").GetProperty("body")[3].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Walk_SubmittedWithoutAChoiceOrWithGarbage_SaysSoAndTheStepStaysOpen()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily", locale: "zh-CN");
        var step = LastStepCard(await bot.SendAsync(person, "practice fire-records-store"));
        var card = step.Card!.Value;

        var none = await bot.SendAsync(person, value: OptionButtons.Submit(card), replyToId: "s0");
        var garbage = await bot.SendAsync(person, value: OptionButtons.Submit(card, ("option", "1; drop table")), replyToId: "s0");

        var texts = bot.Get<Texts>();
        Assert.Equal(texts.Get("choice_missing", "zh-CN"), Assert.Single(none).Text);
        Assert.Equal(texts.Get("choice_unknown", "zh-CN"), Assert.Single(garbage).Text);
        var (walkId, stepId) = Ids(step);
        var walk = await bot.Get<WalkStore>().GetAsync(walkId, person.ObjectId, CancellationToken.None);
        Assert.Equal(stepId, walk!.State.CurrentStep);
        Assert.Empty(walk.State.History);
    }

    [Fact]
    public async Task Walk_ACardSentBeforeChoiceSets_WithTheOptionAsANumberInItsData_IsStillScored()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var step = LastStepCard(await bot.SendAsync(person, "practice fire-records-store"));
        var (walkId, stepId) = Ids(step);
        var right = await OptionAsync(bot, person, step, right: true);

        var sent = await bot.SendAsync(person, value: new { action = "walk.answer", walk = walkId, step = stepId, option = right }, replyToId: "old");

        Assert.Equal("✓ Right", Assert.Single(sent, s => s.IsUpdate).BodyText(2));
    }

    [Fact]
    public async Task Practice_ListSubmittedWithoutAScenario_SaysChooseFirst_AndWithAnUnknownOne_NamesIt()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var list = Assert.Single(await bot.SendAsync(person, "practice")).Card!.Value;

        var none = await bot.SendAsync(person, value: OptionButtons.Submit(list));
        var unknown = await bot.SendAsync(person, value: OptionButtons.Submit(list, ("scenario", "volcano")));
        var chosen = await bot.SendAsync(person, value: OptionButtons.Submit(list, ("scenario", "fire-records-store")));

        var texts = bot.Get<Texts>();
        Assert.Equal(texts.Get("choice_missing", "en"), Assert.Single(none).Text);
        Assert.Equal(texts.Get("practice_unknown", "en", "volcano"), Assert.Single(unknown).Text);
        Assert.Equal(bot.Get<ScenarioCatalog>().Get("fire-records-store").Title.En, LastStepCard(chosen).BodyText(0));
    }

    [Fact]
    public async Task CheckOpen_WithoutATaskOrWithANonsenseOne_SaysSoWithoutThrowing()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");

        var none = await bot.SendAsync(person, value: new { action = "check.open" });
        var nonsense = await bot.SendAsync(person, value: new { action = "check.open", task = "../x/#?" });

        var texts = bot.Get<Texts>();
        Assert.Equal(texts.Get("choice_missing", "en"), Assert.Single(none).Text);
        Assert.Equal(texts.Get("check_stale", "en"), Assert.Single(nonsense).Text);
    }

    [Fact]
    public async Task Checks_ListsOpenChecksAsChoicesWithOneButton_AndTheChosenOneComesBackAsItsCard()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = await bot.PersonAsync("Emily");
        var content = bot.Get<ContentBundle>();
        var tasks = new[] { "fe-a101", "fe-a102" }.Select(e => new CheckTask
        {
            Site = content.Site.Id, EquipmentId = e, CheckId = "extinguisher-monthly", DueDate = new DateOnly(2025, 3, 31), Anchor = new DateOnly(2025, 2, 28),
            Department = "records", Responsible = person.ObjectId, Deputy = "someone-else", OpenedAt = BotHarness.WorkingMorning,
        }).ToList();
        foreach (var task in tasks) await bot.Get<CheckTaskStore>().AddAsync(task);

        var list = Assert.Single(await bot.SendAsync(person, "checks")).Card!.Value;
        var choices = OptionButtons.ChoiceSet(list).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal(tasks.Select(t => t.Id).Order(), choices.Order());
        Assert.Equal("check.open", Assert.Single(list.GetProperty("actions").EnumerateArray()).GetProperty("data").GetProperty("action").GetString());

        var opened = Assert.Single(await bot.SendAsync(person, value: OptionButtons.Submit(list, ("task", tasks[1].Id)))).Card!.Value;
        Assert.Equal(tasks[1].Id, opened.GetProperty("actions")[0].GetProperty("data").GetProperty("task").GetString());
    }

    private static JsonElement QuestionCard(IEnumerable<Sent> sent) => sent.Last(s => !s.IsUpdate && s.FirstAction == "quiz.answer").Card!.Value;

    private static JsonElement Body(InvokeResponse response) => JsonSerializer.SerializeToElement(response.Body);
}
