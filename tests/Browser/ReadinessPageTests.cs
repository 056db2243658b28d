using System.Text.RegularExpressions;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

/// <summary>The emulator page in Chromium: a manager's department card, a staff member's own card, and the readiness timers' buttons.</summary>
[Trait("Category", "Browser")]
public class ReadinessPageTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    // The shared machine is busy: give the page as long as the other page tests do.
    private static readonly LocatorAssertionsToBeVisibleOptions Wait = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToContainTextOptions WaitText = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToHaveValueOptions WaitValue = new() { Timeout = 30_000 };

    [SkippableFact]
    public async Task EmulatorPage_WhenAManagerTypesReadiness_ShowsTheDepartmentCard()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await OpenAsAsync(page, "manager@demo-hospital.example");

        await SayAsync(page, "readiness");

        var card = page.Locator("[data-testid=card]").Filter(new() { HasText = "records readiness" });
        await Assertions.Expect(card).ToBeVisibleAsync(Wait);
        await Assertions.Expect(card).ToContainTextAsync(new Regex(@"\d+ ready · \d+ at risk · \d+ not ready \(of \d+\)"), WaitText);
        await Assertions.Expect(card).ToContainTextAsync("Weakest topics", WaitText);
        await Assertions.Expect(card).ToContainTextAsync("People not ready", WaitText);
        await Assertions.Expect(page.GetByTestId("run-SnapshotReadiness")).ToBeVisibleAsync(Wait);
        await Assertions.Expect(page.GetByTestId("run-SendReadinessDigest")).ToBeVisibleAsync(Wait);
    }

    [SkippableFact]
    public async Task EmulatorPage_WhenStaffTypesMyReadiness_ShowsTheirOwnCardWithAQuizButton()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await OpenAsAsync(page, "li.na@demo-hospital.example");

        await SayAsync(page, "my readiness");

        var card = page.Locator("[data-testid=card]").Filter(new() { HasText = "My readiness" });
        await Assertions.Expect(card).ToBeVisibleAsync(Wait);
        await Assertions.Expect(card).ToContainTextAsync(new Regex(@"Score \d+/100"), WaitText);
        await Assertions.Expect(card).ToContainTextAsync("Only you can see your score.", WaitText);
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Quiz my weakest topic" })).ToBeVisibleAsync(Wait);
        await Assertions.Expect(card).Not.ToContainTextAsync("People not ready", WaitText);
    }

    private async Task OpenAsAsync(IPage page, string email)
    {
        await page.GotoAsync($"{host.BaseUrl}/?as={Uri.EscapeDataString(email)}");
        await Assertions.Expect(page.GetByTestId("person")).ToHaveValueAsync(email, WaitValue);
        await SayAsync(page, "language en");
        var switched = host.App.Services.GetRequiredService<Texts>().Get("language_switched", "en");
        await Assertions.Expect(page.GetByText(switched)).ToBeVisibleAsync(Wait);
    }

    private static async Task SayAsync(IPage page, string text)
    {
        await page.GetByTestId("text").FillAsync(text);
        await page.GetByTestId("text").PressAsync("Enter");
    }
}
