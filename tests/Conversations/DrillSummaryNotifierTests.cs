using DrillPlatform.Bot.Drills.Summary;
using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Messaging;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Storage")]
public class DrillSummaryNotifierTests
{
    private const string Hostile = "O\"Brien\n</script><script>alert(1)</script>";

    [Theory]
    [InlineData("en", "Drill summary: Fire in the records store", "2 of 3 answered (1 escalated, 1 failed)")]
    [InlineData("zh-CN", "演练汇总：病案库房火灾", "3 人中 2 人作答（短信提醒 1 人，无法送达 1 人）")]
    public async Task Render_InEitherLanguage_WithHostileNames_IsValidJsonThatKeepsTheValues(string locale, string title, string participation)
    {
        await using var bot = await BotHarness.StartAsync();

        var card = bot.Get<SummaryCards>().Render(Summary(), locale);

        var body = card.GetProperty("body");
        Assert.Equal(title, body[0].GetProperty("text").GetString());
        Assert.Equal(participation, body[2].GetProperty("facts")[0].GetProperty("value").GetString());
        Assert.Equal("1:05", body[2].GetProperty("facts")[1].GetProperty("value").GetString());
        Assert.Equal("1 / 1 / 1", body[4].GetProperty("facts")[0].GetProperty("value").GetString());
        var texts = body.EnumerateArray().Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetString()!).ToList();
        // Text from people is Markdown-escaped in every TextBlock (a name cannot become a link).
        Assert.Contains(texts, t => t.StartsWith(CardMarkdown.Escape(Hostile)) && t.Contains("85"));
        Assert.Contains(texts, t => t.StartsWith(CardMarkdown.Escape("Fail\"ed\n")) && t.EndsWith("poison: 403 from Teams"));
        Assert.DoesNotContain("</script>", card.GetRawText());
    }

    [Fact]
    public async Task Notify_SendsEachReachableRecipientACardInTheirLanguageAndSkipsOneWithoutAConversation()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");
        var manager = await bot.PersonAsync("Manager", "records", "zh-CN", "manager");
        var unreachable = await bot.PersonAsync("Never installed", "records", "en", "manager");
        foreach (var person in new[] { trainer, manager })
            await bot.Get<ConversationRefStore>().UpsertAsync(new ConversationRef(person.ObjectId, "a:" + person.ObjectId, bot.ServiceUrl,
                "tenant-1", "28:bot", "29:" + person.ObjectId, "msteams", null, bot.Clock.GetUtcNow()));

        await bot.Get<IDrillSummaryNotifier>().NotifyAsync(Summary(), [trainer, manager, unreachable, trainer], CancellationToken.None);

        var sent = bot.TakeSent();
        Assert.Equal(2, sent.Count);
        Assert.Equal("Drill summary: Fire in the records store", Assert.Single(sent, s => s.Target.Contains(trainer.ObjectId)).BodyText(0));
        Assert.Equal("演练汇总：病案库房火灾", Assert.Single(sent, s => s.Target.Contains(manager.ObjectId)).BodyText(0));
        Assert.DoesNotContain(sent, s => s.Target.Contains(unreachable.ObjectId));
    }

    private static DrillSummary Summary() => new(
        "d123", "fire-records-store", "records",
        BotHarness.WorkingMorning, BotHarness.WorkingMorning.AddMinutes(30),
        Participants: 3, Answered: 2, Escalated: 1, Failed: 1,
        MedianTimeToAnswer: TimeSpan.FromSeconds(65),
        Steps: [new StepSummary("discover", 1, 1, 1)],
        People:
        [
            new ParticipantSummary("p1", Hostile, ParticipantStatus.Answered, 85, ["call-119"], null),
            new ParticipantSummary("p2", "Quick", ParticipantStatus.Answered, 100, [], null),
            new ParticipantSummary("p3", "Fail\"ed\n", ParticipantStatus.Failed, null, [], "poison: 403 from Teams"),
        ]);
}
