using DrillPlatform.Bot.Checks;
using DrillPlatform.Bot.Drills.Summary;
using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Storage")]
public sealed class CardRowsTests : IAsyncLifetime
{
    private BotHarness bot = null!;

    public async Task InitializeAsync() => bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("en", "+275 more not shown.")]
    [InlineData("zh-CN", "另有 275 项未显示。")]
    public void SummaryOfAHugeDrill_ListsTheFirstRowsAndHowManyMore_WithinTeamsMessageLimit(string locale, string more)
    {
        var reason = new string('x', 600); // a Connector error body is kept up to 500 characters
        var people = Enumerable.Range(0, 300).SelectMany(i => new[]
        {
            new ParticipantSummary($"p{i}", $"Missed person number {i} with a long name", ParticipantStatus.Escalated, 0, [], null),
            new ParticipantSummary($"f{i}", $"Failed person number {i} with a long name", ParticipantStatus.Failed, null, [], reason),
        }).ToList();
        var summary = new DrillSummary("d1", "fire-records-store", "records", BotHarness.WorkingMorning, BotHarness.WorkingMorning.AddMinutes(30),
            600, 0, 300, 300, null, [new StepSummary("discover", 0, 0, 0)], people);

        var card = bot.Get<SummaryCards>().Render(summary, locale);

        var texts = card.GetProperty("body").EnumerateArray().Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Equal(2, texts.Count(t => t == CardMarkdown.Escape(more))); // rendered text is Markdown-escaped: "\+275"
        Assert.Contains(texts, t => t!.StartsWith("Missed person number 24 "));
        Assert.DoesNotContain(texts, t => t!.StartsWith("Missed person number 25 "));
        Assert.True(card.GetRawText().Length <= CardRows.MessageCharacterBudget, $"{card.GetRawText().Length} characters");
    }

    [Fact]
    public void CheckList_WithManyRows_EndsWithHowManyMore()
    {
        var rows = Enumerable.Range(0, 60).Select(i => ($"Extinguisher {i}", "due 2025-03-12"));

        var card = bot.Get<CheckCards>().List("Overdue", "en", rows, []);

        var raw = card.GetRawText();
        Assert.Contains("Extinguisher 24", raw);
        Assert.DoesNotContain("Extinguisher 25", raw);
        Assert.Contains("35 more not shown.", raw); // the JSON writer escapes the "+"
    }

    [Fact]
    public void Cap_WithRowsWithinTheCap_AddsNothing()
    {
        var rows = CardRows.Cap(Enumerable.Range(0, CardRows.Max).Select(i => i.ToString()), bot.Get<Texts>(), "en");

        Assert.Equal(CardRows.Max, rows.Count);
        Assert.Equal("24", rows[^1]);
    }
}
