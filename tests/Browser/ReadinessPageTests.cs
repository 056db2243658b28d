using System.Text.RegularExpressions;
using DrillPlatform.Bot.Conversations;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

/// <summary>The emulator page in Chromium: a manager's department card, a staff member's own card, and the readiness timers' buttons.</summary>
[Trait("Category", "Browser")]
public class ReadinessPageTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [SkippableFact]
    public async Task EmulatorPage_WhenAManagerTypesReadiness_ShowsTheDepartmentCard()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await OpenAsAsync(page, "manager@demo-hospital.example");

        await SayAsync(page, "readiness");

        var card = page.Locator("[data-testid=card]").Filter(new() { HasText = "records readiness" });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync(new Regex(@"\d+ ready · \d+ at risk · \d+ not ready \(of \d+\)"));
        await Assertions.Expect(card).ToContainTextAsync("Weakest topics");
        await Assertions.Expect(card).ToContainTextAsync("People not ready");
        await Assertions.Expect(page.GetByTestId("run-SnapshotReadiness")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("run-SendReadinessDigest")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task EmulatorPage_WhenStaffTypesMyReadiness_ShowsTheirOwnCardWithAQuizButton()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await OpenAsAsync(page, "li.na@demo-hospital.example");

        await SayAsync(page, "my readiness");

        var card = page.Locator("[data-testid=card]").Filter(new() { HasText = "My readiness" });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync(new Regex(@"Score \d+/100"));
        await Assertions.Expect(card).ToContainTextAsync("Only you can see your score.");
        await Assertions.Expect(card.Locator("button").Filter(new() { HasText = "Quiz:" })).ToBeVisibleAsync();
        await Assertions.Expect(card).Not.ToContainTextAsync("People not ready");
    }

    private async Task OpenAsAsync(IPage page, string email)
    {
        await page.GotoAsync($"{host.BaseUrl}/?as={Uri.EscapeDataString(email)}");
        await Assertions.Expect(page.GetByTestId("person")).ToHaveValueAsync(email);
        await SayAsync(page, "language en");
        var switched = host.App.Services.GetRequiredService<Texts>().Get("language_switched", "en");
        await Assertions.Expect(page.GetByText(switched)).ToBeVisibleAsync();
    }

    private static async Task SayAsync(IPage page, string text)
    {
        await page.GetByTestId("text").FillAsync(text);
        await page.GetByTestId("text").PressAsync("Enter");
    }
}
