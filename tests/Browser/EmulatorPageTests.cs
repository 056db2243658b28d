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
            var firstOption = card.Locator("button").First;
            await firstOption.ClickAsync();
            await Assertions.Expect(card.GetByText(texts.Get("your_answer", "en"))).ToBeVisibleAsync();
        }

        var result = page.Locator("[data-testid=card]").Filter(new() { HasText = texts.Get("result_title", "en") });
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result).ToContainTextAsync(new Regex(@"\d of 5 right"));
        Assert.Equal("", await page.GetByTestId("status").InnerTextAsync());
    }
}
