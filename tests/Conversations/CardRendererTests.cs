using DrillPlatform.Bot.Teams;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Storage")]
public class CardRendererTests
{
    private static readonly CardRenderer Cards = new(Path.Combine(AzuriteFixture.RepoRoot, "templates"));

    [Theory]
    [InlineData("He said \"stop\"")]
    [InlineData("line one\nline two\r\n\ttabbed")]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("🔥 火灾 \\ backslash {{ braces }}")]
    public void Render_WhenValuesNeedEscaping_ProducesValidJsonThatKeepsTheValue(string hostile)
    {
        var card = Cards.Render("role", new
        {
            Title = hostile,
            Roles = new[] { new { Name = hostile, Post = hostile, Duties = new[] { hostile }, Citation = hostile } },
        });

        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal(CardMarkdown.Escape(hostile), card.GetProperty("body")[0].GetProperty("text").GetString());
        var items = card.GetProperty("body")[1].GetProperty("items");
        Assert.Equal(CardMarkdown.Escape("- " + hostile), items[2].GetProperty("text").GetString());
        Assert.DoesNotContain("</script>", card.GetRawText());
    }

    [Fact]
    public void Render_QuestionCard_MatchesGoldenFile()
    {
        var card = Cards.Render("question", new
        {
            Progress = "Question 2 of 5",
            Text = "Who reports a fire after hours?",
            ChooseLabel = "Choose one answer",
            ChoiceMissing = "Choose one of the options on the card first, then press the button again.",
            Options = new[]
            {
                new { Label = "The on-duty person", Value = "0" },
                new { Label = "Nobody", Value = "1" },
            },
            SubmitLabel = "Submit answer",
            Data = new Dictionary<string, object> { ["action"] = "quiz.answer", ["session"] = "s1", ["index"] = 1 },
        });

        var golden = File.ReadAllText(Path.Combine(AzuriteFixture.RepoRoot, "tests", "Conversations", "Golden", "question.json"));
        Assert.Equal(Normalize(golden), Normalize(card.GetRawText()));
    }

    [Fact]
    public void Render_EveryTemplate_IsAnAdaptiveCard15()
    {
        Assert.Contains("question", Cards.Names);
        foreach (var name in Cards.Names)
        {
            var text = File.ReadAllText(Path.Combine(AzuriteFixture.RepoRoot, "templates", "cards", name + ".sbn-json"));
            Assert.Contains("\"version\": \"1.5\"", text);
        }
    }

    [Fact]
    public void Render_WhenTemplateIsUnknown_NamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Cards.Render("nope", new { }));
        Assert.Contains("nope", error.Message);
    }

    private static string Normalize(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { WriteIndented = true });
}
