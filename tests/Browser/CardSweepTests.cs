using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

/// <summary>
/// Every card template with its longest real content (<see cref="CardSamples"/>), in zh-CN and en,
/// drawn by the official Adaptive Cards renderer with Teams' own host config (as the emulator page
/// draws it, through teams-cards.js) at a phone's 320 px and Teams desktop's 540 px. Nothing may be
/// cut: no text, choice or button wider than its box or past the card's edge, and no card with more
/// actions than Teams shows (its host config's maxActions). Screenshots go to TestResults/card-sweep/.
/// </summary>
[Trait("Category", "Browser")]
public class CardSweepTests
{
    private static readonly int[] Widths = [320, 540];
    private static readonly string Shots = Path.Combine(AzuriteFixture.RepoRoot, "TestResults", "card-sweep");

    [Fact]
    public void Samples_CoverEveryCardTemplate()
    {
        var swept = CardSamples.All().Select(s => s.Template).ToHashSet();
        Assert.Empty(CardSamples.Templates.Except(swept));
    }

    [SkippableFact]
    public async Task EveryCard_AtPhoneAndDesktopWidth_InBothLanguages_ShowsEveryTextAndButtonWhole()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        var maxActions = await OpenAsync(page);
        Directory.CreateDirectory(Shots);

        var problems = new List<string>();
        var drawn = 0;
        foreach (var sample in CardSamples.All())
        {
            var actions = ActionCount(sample.Card);
            if (actions > maxActions)
                problems.Add($"{sample.Template} ({sample.Locale}, {sample.What}): {actions} actions, Teams shows {maxActions}");
            foreach (var width in Widths)
            {
                var card = await DrawAsync(page, sample.Card, width);
                Assert.Equal(width, Math.Round((await card.BoundingBoxAsync())!.Width));
                foreach (var problem in await CardClipping.ProblemsAsync(card))
                    problems.Add($"{sample.Template} ({sample.Locale}, {sample.What}) at {width} px: {problem}");
                await card.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{sample.Template}-{sample.Locale}-{Safe(sample.What)}-{width}.png") });
                drawn++;
            }
        }
        Assert.True(drawn >= CardSamples.Templates.Count * 4, $"only {drawn} cards drawn");
        Assert.True(problems.Count == 0, $"{problems.Count} problems (screenshots in {Shots}):\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Measure_WhenAButtonTitleOrAnUnwrappedTextIsTooLong_ReportsIt()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await OpenAsync(page);
        var text = string.Concat(Enumerable.Repeat("对患者实施医疗活动的医务人员及医疗服务质量监控人员", 2));
        var card = JsonSerializer.SerializeToElement(new
        {
            type = "AdaptiveCard", version = "1.5",
            body = new object[]
            {
                new { type = "TextBlock", text, wrap = false },
                new { type = "Input.ChoiceSet", id = "option", style = "expanded", wrap = true, choices = new[] { new { title = text, value = "0" } } },
            },
            actions = new[] { new { type = "Action.Submit", title = text } },
        });

        var problems = await CardClipping.ProblemsAsync(await DrawAsync(page, card, 320));

        Assert.Contains(problems, p => p.StartsWith("div.ac-textBlock", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("button title", StringComparison.Ordinal));
        Assert.Equal(2, problems.Count); // the wrapped choice is whole
    }

    // A blank page with the renderer, teams-cards.js and Teams' light host config; returns its maxActions.
    private static async Task<int> OpenAsync(IPage page)
    {
        var root = AzuriteFixture.RepoRoot;
        await page.SetViewportSizeAsync(900, 900);
        await page.SetContentAsync("<!doctype html><html><head><meta charset=utf-8></head><body style='margin:0;padding:16px;background:#f5f5f5'><div id=stage></div></body></html>");
        await page.AddScriptTagAsync(new() { Path = Path.Combine(root, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js") });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(root, "local", "wwwroot", "teams-cards.js") });
        await page.AddStyleTagAsync(new() { Path = Path.Combine(root, "local", "wwwroot", "teams-cards.css") });
        var hostConfig = await File.ReadAllTextAsync(Path.Combine(root, "node_modules", "adaptivecards-designer", "lib", "hostConfigs", "microsoft-teams-light.json"));
        await page.EvaluateAsync("json => TeamsCards.use('light', JSON.parse(json))", hostConfig);
        return JsonDocument.Parse(hostConfig).RootElement.GetProperty("actions").GetProperty("maxActions").GetInt32();
    }

    private static async Task<ILocator> DrawAsync(IPage page, JsonElement card, int width)
    {
        await page.EvaluateAsync(@"([card, width]) => {
            const stage = document.getElementById('stage');
            stage.style.setProperty('--card-width', width + 'px');
            stage.replaceChildren(TeamsCards.render(JSON.parse(card), 'light'));
        }", new object[] { card.GetRawText(), width });
        return page.Locator("#stage .teams-card");
    }

    // The card's own actions and those of every ActionSet in its body: each row is capped by maxActions.
    private static int ActionCount(JsonElement card)
    {
        var counts = new List<int> { card.TryGetProperty("actions", out var a) ? a.GetArrayLength() : 0 };
        Collect(card.GetProperty("body"));
        return counts.Max();

        void Collect(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Array) foreach (var x in e.EnumerateArray()) Collect(x);
            if (e.ValueKind != JsonValueKind.Object) return;
            if (e.TryGetProperty("type", out var t) && t.GetString() == "ActionSet") counts.Add(e.GetProperty("actions").GetArrayLength());
            foreach (var p in e.EnumerateObject()) if (p.Name is "items" or "columns" or "body") Collect(p.Value);
        }
    }

    private static string Safe(string what) => string.Concat(what.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'));
}
