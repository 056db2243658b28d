using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DrillPlatform.Bot.Conversations;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;
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
    }
}
