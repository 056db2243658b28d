using System.Text.RegularExpressions;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

/// <summary>
/// Issue 3 on the emulator page: 李娜 and 王强 have opened the bot; the trainer 宋佳 types
/// "run fire-records-store records"; as 李娜 the alert card comes, Start, every step, the debrief;
/// then the tools panel's clock goes on ten minutes and EscalateAndClose texts 王强, who never answered.
/// </summary>
[Trait("Category", "Browser")]
public class DrillPageTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Trainer = "trainer@demo-hospital.example";
    private const string Participant = "li.na@demo-hospital.example";
    private const string Silent = "wang.qiang@demo-hospital.example";
    private const string SilentPhone = "+8613800000002";
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 15_000 };

    [SkippableFact]
    public async Task DrillPage_WhenATrainerRunsADrill_AParticipantWalksItToTheDebriefAndTheSilentOneGetsAnSms()
    {
        await using var chromium = await Chromium.OpenAsync();
        var texts = host.App.Services.GetRequiredService<Texts>();
        var page = chromium.Page;
        await page.GotoAsync($"{host.BaseUrl}/?as={Uri.EscapeDataString(Participant)}");
        await OpenAsAsync(page, Participant);
        await OpenAsAsync(page, Silent);
        await OpenAsAsync(page, Trainer);

        await page.GetByTestId("text").FillAsync("run fire-records-store records");
        await page.GetByTestId("text").PressAsync("Enter");
        await Assertions.Expect(page.Locator(".message.bot").Filter(new() { HasTextRegex = new Regex(@"演练 \S+ 已发起") })).ToBeVisibleAsync(Patient);

        await page.GetByTestId("person").SelectOptionAsync(Participant);
        var alert = Cards(page).Filter(new() { HasText = texts.Get("drill_alert_title", "zh-CN") });
        await Assertions.Expect(alert).ToBeVisibleAsync(Patient);
        var participant = await host.ObjectIdAsync(Participant);
        var drillId = await DrillIdAsync(participant);
        await alert.GetByRole(AriaRole.Button, new() { Name = texts.Get("drill_alert_start", "zh-CN") }).ClickAsync();

        var answered = new HashSet<string>();
        while (await host.NextStepAsync(participant, drillId, answered) is { } next)
        {
            // Options are shown in the person's own shuffled order: choose the right one, wherever it is, and submit.
            var shown = DrillPlatform.Tests.Conversations.OptionButtons.Shown(DrillWalker.Card(next.Step)!.Value);
            var step = Card(page, DrillWalker.Id(next.Step));
            await step.GetByRole(AriaRole.Radio).Nth(shown.ToList().IndexOf(next.Right)).CheckAsync();
            await step.GetByRole(AriaRole.Button, new() { Name = texts.Get("answer_submit", "zh-CN") }).ClickAsync();
        }
        var debrief = (await host.WaitForAsync(LocalHostDriver.ChatOf(participant), a => a.Any(DrillWalker.IsDebrief), "the debrief")).Single(DrillWalker.IsDebrief);
        await Assertions.Expect(Card(page, DrillWalker.Id(debrief))).ToContainTextAsync("100 / 100");

        await host.WaitForAlertAsync(await host.ObjectIdAsync(Silent), drillId);
        var clock = page.GetByTestId("clock-now");
        await Assertions.Expect(clock).Not.ToHaveTextAsync("…");
        var before = await clock.InnerTextAsync();
        await page.GetByTestId("advance-10").ClickAsync();
        await Assertions.Expect(clock).Not.ToHaveTextAsync(before);
        await page.GetByTestId("run-EscalateAndClose").ClickAsync();

        var sms = page.GetByTestId("sms").Filter(new() { HasText = PhoneMask.Mask(SilentPhone) });
        await Assertions.Expect(sms).ToBeVisibleAsync(Patient);
        await Assertions.Expect(page.GetByTestId("sms").Filter(new() { HasText = PhoneMask.Mask("+8613800000001") })).ToHaveCountAsync(0);
        Assert.Equal("", await page.GetByTestId("status").InnerTextAsync());
    }

    // Choosing a person who never opened the bot sends Teams' conversationUpdate, and the bot's welcome card comes.
    private static async Task OpenAsAsync(IPage page, string email)
    {
        await page.GetByTestId("person").SelectOptionAsync(email);
        await Assertions.Expect(page.GetByTestId("person")).ToHaveValueAsync(email);
        await Assertions.Expect(Cards(page).First).ToBeVisibleAsync(Patient);
    }

    private static ILocator Cards(IPage page) => page.Locator("[data-testid=card]");

    private static ILocator Card(IPage page, string activityId) => page.Locator($"[data-activity-id='{activityId}']");

    private async Task<string> DrillIdAsync(string objectId)
    {
        var alert = (await host.WaitForAsync(LocalHostDriver.ChatOf(objectId), a => a.Any(x => DrillWalker.Action(x)?.GetProperty("action").GetString() == "drill.start"), "the alert"))
            .Single(x => DrillWalker.Action(x)?.GetProperty("action").GetString() == "drill.start");
        return DrillWalker.Action(alert)!.Value.GetProperty("drill").GetString()!;
    }
}
