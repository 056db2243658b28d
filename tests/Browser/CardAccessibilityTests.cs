namespace DrillPlatform.Tests.Browser;

/// <summary>
/// Accessibility basics over every card template (<see cref="CardSamples"/>, both languages): every
/// image has alt text, every action a title a screen reader can speak, every choice a title, and
/// colour is never the only sign of right or wrong: a text coloured Good or Attention carries ✓, ✗ or ⚠.
/// </summary>
[Trait("Category", "Unit")]
public class CardAccessibilityTests
{
    private static readonly string[] Signs = ["✓", "✗", "⚠"];

    // Coloured for urgency, not for right or wrong, and the words say why: the reason a check card came
    // again (reminder, deputy, follow-up), a corrective action past due, a readiness score with its band named.
    private static readonly HashSet<string> UrgencyOnly = ["check-task", "corrective-action", "readiness-mine"];

    [Fact]
    public void EveryCard_HasAltTextOnImagesTitlesOnActionsAndChoices_AndNeverColourAloneForRightOrWrong()
    {
        var problems = new List<string>();
        var coloured = 0;
        foreach (var sample in CardSamples.All())
        {
            foreach (var e in Elements(sample.Card))
            {
                var type = e.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
                var where = $"{sample.Template} ({sample.Locale}, {sample.What}) {type}";
                if (type == "Image" && string.IsNullOrWhiteSpace(Text(e, "altText")))
                    problems.Add($"{where}: no altText");
                if (type.StartsWith("Action.", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(Text(e, "title")))
                    problems.Add($"{where}: an action without a title");
                if (type == "Input.ChoiceSet")
                    foreach (var choice in e.GetProperty("choices").EnumerateArray())
                        if (string.IsNullOrWhiteSpace(Text(choice, "title"))) problems.Add($"{where} {Text(e, "id")}: a choice without a title");
                if (type == "TextBlock" && Text(e, "color") is "Good" or "Attention" && !(e.TryGetProperty("isVisible", out var v) && v.ValueKind == JsonValueKind.False))
                {
                    coloured++;
                    var text = Text(e, "text") ?? "";
                    if (UrgencyOnly.Contains(sample.Template) ? string.IsNullOrWhiteSpace(text) : !Signs.Any(text.Contains))
                        problems.Add($"{where} coloured {Text(e, "color")} with no ✓/✗/⚠: \"{text}\"");
                }
            }
        }
        Assert.True(coloured > 10, $"only {coloured} coloured texts seen: the samples lost their verdicts");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Verdicts_OfQuizWalkAndCheck_SayRightOrWrongInWordsBesideTheSign()
    {
        var verdicts = CardSamples.All().Where(s => s.Template is "answered" or "walk-answered").Select(s => s.Card.GetProperty("body")[2].GetProperty("text").GetString()!).ToList();
        Assert.NotEmpty(verdicts);
        // A sign and at least one word: "✓ Right", "✗ 回答错误", never a bare mark.
        Assert.All(verdicts, v => Assert.Matches(@"^[✓✗⚠] \S{2,}", v));
    }

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Elements(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return node;
            foreach (var property in node.EnumerateObject())
                if (property.Name != "data")
                    foreach (var child in Elements(property.Value)) yield return child;
        }
        else if (node.ValueKind == JsonValueKind.Array)
            foreach (var item in node.EnumerateArray())
                foreach (var child in Elements(item)) yield return child;
    }
}
