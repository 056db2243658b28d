using DrillPlatform.Bot.Teams;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Unit")]
public sealed class CardMarkdownTests
{
    [Theory]
    [InlineData("[Verify account](https://evil.example)", "\\[Verify account\\](https:\u200B//evil.example)")]
    [InlineData("**urgent** _now_", "\\*\\*urgent\\*\\* \\_now\\_")]
    [InlineData("- item\n1. step", "\\- item\n1\\. step")]
    [InlineData("王芳 (records) 3-4 pm", "王芳 (records) 3-4 pm")]
    public void Escape_NeutralisesLinksEmphasisAndListsButKeepsPlainText(string text, string expected)
    {
        Assert.Equal(expected, CardMarkdown.Escape(text));
    }

    [Fact]
    public void Render_WhenANoteCarriesALink_TheAlertShowsItAsTextInEveryTextBlockAndFact()
    {
        var renderer = new CardRenderer(Path.Combine(AzuriteFixture.RepoRoot, "templates"));

        var card = renderer.Render("check-alert", new
        {
            Header = "[Verify account](https://evil.example)",
            Title = "Extinguisher",
            Equipment = "**Ward 3**",
            Facts = new[] { new { Title = "Note", Value = "[Verify account](https://evil.example)" } },
        });

        var json = card.GetRawText();
        Assert.DoesNotContain("[Verify account](", JsonSerializer.Deserialize<string>(card.GetProperty("body")[0].GetProperty("text").GetRawText()));
        var fact = card.GetProperty("body")[3].GetProperty("facts")[0].GetProperty("value").GetString()!;
        Assert.StartsWith("\\[Verify account\\]", fact);
        Assert.Equal("\\*\\*Ward 3\\*\\*", card.GetProperty("body")[2].GetProperty("text").GetString());
        Assert.DoesNotContain("https://evil", json);
    }
}
