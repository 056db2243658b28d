using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

[Trait("Category", "Browser")]
public class EmulatorPageTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [SkippableFact]
    public async Task EmulatorPage_WhenAPersonClicksThroughAQuiz_ShowsFeedbackAndTheResult()
    {
        await using var chromium = await Chromium.OpenAsync();
        var texts = host.App.Services.GetRequiredService<Texts>();
        var page = chromium.Page;
        await page.GotoAsync($"{host.BaseUrl}/?as=wang.qiang%40demo-hospital.example");
        await Assertions.Expect(page.GetByTestId("person")).ToHaveValueAsync("wang.qiang@demo-hospital.example");

        await page.GetByTestId("text").FillAsync("language en");
        await page.GetByTestId("text").PressAsync("Enter");
        await Assertions.Expect(page.GetByText(texts.Get("language_switched", "en"))).ToBeVisibleAsync();
        await page.GetByTestId("text").FillAsync("quiz");
        await page.GetByTestId("send").ClickAsync();

        for (var question = 1; question <= 5; question++)
        {
            var progress = texts.Get("quiz_progress", "en", question, 5);
            var card = page.Locator("[data-testid=card]").Filter(new() { HasText = progress });
            // One expanded choice set and one submit: pick the first option shown, then submit.
            await card.GetByRole(AriaRole.Radio).First.CheckAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = texts.Get("answer_submit", "en") }).ClickAsync();
            await Assertions.Expect(card.GetByText(texts.Get("your_answer", "en"))).ToBeVisibleAsync();
        }

        var result = page.Locator("[data-testid=card]").Filter(new() { HasText = texts.Get("result_title", "en") });
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result).ToContainTextAsync(new Regex(@"\d of 5 right"));
        Assert.Equal("", await page.GetByTestId("status").InnerTextAsync());
        // Teams shows no bubble for a card submit: the five clicks added none after the two typed lines.
        var said = (await page.Locator(".message.user").AllInnerTextsAsync()).Select(t => t.Split('\n').Last().Trim()).ToList();
        Assert.Equal(["language en", "quiz"], said.TakeLast(2));
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.message.user')].filter(m => m.innerText.trim() === m.querySelector('.who').innerText.trim()).length"));
    }

    [SkippableTheory]
    [InlineData(800)]
    [InlineData(1280)]
    public async Task EmulatorPage_AtADesktopWidth_FitsWithoutSidewaysScrollingAndTogglesPhoneAndDark(int width)
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync($"{host.BaseUrl}/?as=wang.qiang%40demo-hospital.example");
        await page.GetByTestId("text").FillAsync("help");
        await page.GetByTestId("text").PressAsync("Enter");
        var card = page.Locator("[data-testid=card] .teams-card").Last;
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("clock-now")).Not.ToHaveTextAsync("…", new() { Timeout = 15_000 });

        var overflow = await page.EvaluateAsync<string[]>(@"() => {
            const limit = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('header, header *, main, #tools, #tools *')]
                .filter(e => e.getBoundingClientRect().right > limit + 0.5 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
                .map(e => e.tagName + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right));
            if (document.documentElement.scrollWidth > limit) wide.push('page ' + document.documentElement.scrollWidth);
            return wide; }");
        Assert.True(overflow.Length == 0, $"At {width} px these stick out past {width} px: {string.Join(", ", overflow)}");
        Assert.Equal(540, Math.Round((await card.BoundingBoxAsync())!.Width));

        await page.GetByTestId("phone").ClickAsync();
        await Assertions.Expect(page.GetByTestId("phone")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(320, Math.Round((await page.Locator("[data-testid=card] .teams-card").Last.BoundingBoxAsync())!.Width));

        var light = await page.Locator("[data-testid=card] .teams-card").Last.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        await page.GetByTestId("dark").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-theme", "dark");
        var dark = await page.Locator("[data-testid=card] .teams-card").Last.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(light, dark);
    }

    [SkippableFact]
    public async Task EmulatorPage_ClockPanel_ShowsTheSiteTimeZoneAndTheTimeInIt()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await page.GotoAsync($"{host.BaseUrl}/?as=wang.qiang%40demo-hospital.example");
        var site = host.App.Services.GetRequiredService<DrillPlatform.Core.Content.ContentBundle>().Site;
        var clock = page.GetByTestId("clock-now");
        await Assertions.Expect(clock).ToContainTextAsync(site.TimeZone, new() { Timeout = 15_000 });

        var state = await host.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/dev/clock");
        var now = TimeZoneInfo.ConvertTime(state.GetProperty("now").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById(site.TimeZone));
        Assert.StartsWith(now.ToString("yyyy-MM-dd HH:", System.Globalization.CultureInfo.InvariantCulture), await clock.InnerTextAsync());
        await Assertions.Expect(page.GetByTestId("clock-zone")).ToHaveTextAsync(site.TimeZone);
        // The cards' times are site times too, and the line above the chat says so; every timer line names the zone.
        await Assertions.Expect(page.GetByTestId("chat-zone")).ToHaveTextAsync(site.TimeZone);
        var timers = await page.GetByTestId("timers").Locator("li").AllInnerTextsAsync();
        Assert.NotEmpty(timers);
        Assert.All(timers, t => Assert.Contains($"({site.TimeZone})", t));
    }

    [SkippableFact]
    public async Task EmulatorPage_AtPhoneWidth_AWholeQuizAndAWholePracticeWalkCanBeTakenWithEveryOptionReadable()
    {
        await using var chromium = await Chromium.OpenAsync();
        var texts = host.App.Services.GetRequiredService<Texts>();
        var page = chromium.Page;
        await page.SetViewportSizeAsync(800, 900);
        await page.GotoAsync($"{host.BaseUrl}/?as=li.na%40demo-hospital.example&width=phone");
        await Assertions.Expect(page.GetByTestId("phone")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.GetByTestId("person")).ToHaveValueAsync("li.na@demo-hospital.example");
        var locale = await page.GetByTestId("locale").InputValueAsync() == "en-US" ? "en" : "zh-CN";

        await SayAsync(page, "quiz");
        for (var question = 1; question <= 5; question++)
        {
            var card = page.Locator("[data-testid=card]").Filter(new() { HasText = texts.Get("quiz_progress", locale, question, 5) }).Last;
            await AnswerAsync(card, texts.Get("answer_submit", locale));
        }
        await Assertions.Expect(page.Locator("[data-testid=card]").Filter(new() { HasText = texts.Get("result_title", locale) })).ToBeVisibleAsync(Patient);

        await SayAsync(page, "practice fire-records-store");
        var debrief = page.Locator("[data-testid=card]").Filter(new() { HasText = texts.Get("debrief_plan_order", locale) });
        var steps = 0;
        while (await debrief.CountAsync() == 0)
        {
            Assert.True(++steps < 20, "the practice walk did not reach its debrief");
            var step = page.Locator("[data-testid=card]").Filter(new() { Has = page.GetByRole(AriaRole.Radio) }).Last;
            await Assertions.Expect(step.Or(debrief).First).ToBeVisibleAsync(Patient);
            if (await debrief.CountAsync() > 0) break;
            await AnswerAsync(step, texts.Get("answer_submit", locale));
            await Assertions.Expect(page.Locator("[data-testid=card]").Filter(new() { Has = page.GetByRole(AriaRole.Radio) }).Or(debrief).First).ToBeVisibleAsync(Patient);
        }
        Assert.True(steps > 1, "the walk had more than one step");
        Assert.Empty(await CardClipping.ProblemsAsync(debrief.Locator(".teams-card")));
        Assert.Equal("", await page.GetByTestId("status").InnerTextAsync());
    }

    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 15_000 };

    private static async Task SayAsync(IPage page, string text)
    {
        await page.GetByTestId("text").FillAsync(text);
        await page.GetByTestId("text").PressAsync("Enter");
    }

    // Every option of the card is whole at 320 px; the first one is chosen and submitted, and the card turns into its answer.
    private static async Task AnswerAsync(ILocator card, string submit)
    {
        var rendered = card.Locator(".teams-card");
        await Assertions.Expect(rendered.GetByRole(AriaRole.Radio).First).ToBeVisibleAsync(Patient);
        Assert.Equal(320, Math.Round((await rendered.BoundingBoxAsync())!.Width));
        var problems = await CardClipping.ProblemsAsync(rendered);
        Assert.True(problems.Count == 0, "clipped at 320 px: " + string.Join("; ", problems));
        var id = await card.GetAttributeAsync("data-activity-id");
        await rendered.GetByRole(AriaRole.Radio).First.CheckAsync();
        await rendered.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
        await Assertions.Expect(card.Page.Locator($"[data-activity-id='{id}'] input[type=radio]")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
    }
}
