using System.Net.Http.Json;
using DrillPlatform.Bot.Checks;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

/// <summary>
/// Issue 4 on the emulator page: the manager 郑华 and 李娜 have opened the bot; as 李娜 the tools
/// panel moves the clock a day at a time to 30 November, when fe-a101's monthly check (last done
/// 31 October) falls due, and runs ScheduleChecks. 李娜 fails the gauge in the card with a note and
/// submits; the card turns into the recorded tag, 郑华 sees the critical-item alert, and the record
/// is listed by GET /api/equipment/fe-a101/checks.
/// </summary>
[Trait("Category", "Browser")]
public class CheckPageTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Responsible = "li.na@demo-hospital.example";
    private const string Manager = "manager@demo-hospital.example";
    private const string Locale = "zh-CN";
    private const string EquipmentId = "fe-a101";
    private const string CheckId = "extinguisher-monthly";
    private const string FailingItem = "gauge";
    private const string ItemNote = "指针在红区";
    private const string CheckNote = "已贴停用标签，待更换";
    private static readonly DateOnly DueDay = new(2026, 11, 30);
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 15_000 };

    [SkippableFact]
    public async Task CheckPage_WhenAMonthlyCheckFallsDueAndIsAnsweredWithAFailedGauge_TheManagerIsAlertedAndTheRecordIsListed()
    {
        await using var chromium = await Chromium.OpenAsync();
        var texts = host.App.Services.GetRequiredService<Texts>();
        var definition = host.App.Services.GetRequiredService<CheckCatalog>().Get(CheckId)!;
        var siteClock = host.App.Services.GetRequiredService<SiteClockProvider>();
        var page = chromium.Page;
        await page.GotoAsync($"{host.BaseUrl}/?as={Uri.EscapeDataString(Manager)}");
        await OpenAsAsync(page, Manager);
        await OpenAsAsync(page, Responsible);

        while (siteClock.For(siteClock.SiteId).Today(await host.NowAsync()) < DueDay)
            await ClickAndExpectOkAsync(page, page.GetByTestId("advance-day"), "/dev/clock/advance");
        await ClickAndExpectOkAsync(page, page.GetByTestId("run-ScheduleChecks"), "/dev/timers/ScheduleChecks/run");

        var taskCard = Cards(page)
            .Filter(new() { HasText = texts.Get("check_reason_assigned", Locale) })
            .Filter(new() { HasText = texts.Get("check_equipment", Locale, EquipmentId, "") })
            .Filter(new() { HasText = texts.Get("check_due", Locale, Dates.Format(DueDay)!) });
        await Assertions.Expect(taskCard).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(taskCard).ToContainTextAsync(definition.Title.For(Locale));
        var card = Card(page, (await taskCard.GetAttributeAsync("data-activity-id"))!);

        foreach (var item in definition.Items)
        {
            var verdict = texts.Get(item.Id == FailingItem ? "check_fail" : "check_pass", Locale);
            await Item(card, ItemText(texts, item)).GetByRole(AriaRole.Radio, new() { Name = verdict, Exact = true }).CheckAsync();
        }
        var failing = Item(card, ItemText(texts, definition.Item(FailingItem)!));
        await failing.GetByPlaceholder(texts.Get("check_item_note", Locale)).FillAsync(ItemNote);
        await card.GetByPlaceholder(texts.Get("check_note", Locale)).FillAsync(CheckNote);
        var submittedFrom = await host.NowAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = texts.Get("check_submit", Locale) }).ClickAsync();

        await Assertions.Expect(card).ToContainTextAsync(texts.Get("check_recorded_failed", Locale), new() { Timeout = 15_000 });
        await Assertions.Expect(card.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        await Assertions.Expect(card).ToContainTextAsync($"{ItemText(texts, definition.Item(FailingItem)!)} — {ItemNote}");
        await Assertions.Expect(card).ToContainTextAsync(CheckNote);
        await Assertions.Expect(card).ToContainTextAsync(texts.Get("check_follow_up_opened", Locale));
        var submittedBy = await host.NowAsync();
        var recordedCard = await card.InnerTextAsync();

        await page.GetByTestId("person").SelectOptionAsync(Manager);
        var alert = Cards(page)
            .Filter(new() { HasText = texts.Get("check_alert_critical", Locale) })
            .Filter(new() { HasText = texts.Get("check_equipment", Locale, EquipmentId, "") });
        await Assertions.Expect(alert).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(alert).ToContainTextAsync($"{definition.Item(FailingItem)!.Text.For(Locale)} — {ItemNote}");
        await Assertions.Expect(alert).ToContainTextAsync(CheckNote);

        var responsible = await host.PersonAsync(Responsible);
        using var api = host.ApiAs(Manager);
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/equipment/{EquipmentId}/checks");
        var period = listed.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("checkId").GetString() == CheckId && c.GetProperty("dueDate").GetString() == Dates.Format(DueDay)).ToList();
        var record = Assert.Single(period, c => c.GetProperty("followUp").GetInt32() == 0);
        var followUp = Assert.Single(period, c => c.GetProperty("followUp").GetInt32() == 1);
        Assert.Equal("open", followUp.GetProperty("status").GetString());
        Assert.Equal("completed", record.GetProperty("status").GetString());
        Assert.Equal(responsible.GetProperty("objectId").GetString(), record.GetProperty("completedBy").GetString());
        var completedAt = record.GetProperty("completedAt").GetDateTimeOffset();
        Assert.InRange(completedAt, submittedFrom, submittedBy);
        var recordedBy = texts.Get("check_recorded_by", Locale, responsible.GetProperty("name").GetString()!,
            host.App.Services.GetRequiredService<CheckCards>().LocalTime(siteClock.SiteId, completedAt));
        Assert.Contains(recordedBy, recordedCard);
        Assert.False(record.GetProperty("passed").GetBoolean());
        var answers = record.GetProperty("answers").EnumerateArray().ToList();
        Assert.Equal(definition.Items.Select(i => i.Id).Order(), answers.Select(a => a.GetProperty("item").GetString()!).Order());
        var failed = Assert.Single(answers, a => !a.GetProperty("pass").GetBoolean());
        Assert.Equal(FailingItem, failed.GetProperty("item").GetString());
        Assert.True(failed.GetProperty("critical").GetBoolean());
        Assert.Equal(ItemNote, failed.GetProperty("note").GetString());
        Assert.Equal(CheckNote, record.GetProperty("note").GetString());
        Assert.Equal("", await page.GetByTestId("status").InnerTextAsync());
    }

    // Choosing a person who never opened the bot sends Teams' conversationUpdate, and the bot's welcome
    // card comes: the manager must have a chat before the alert can reach them.
    private static async Task OpenAsAsync(IPage page, string email)
    {
        await page.GetByTestId("person").SelectOptionAsync(email);
        await Assertions.Expect(page.GetByTestId("person")).ToHaveValueAsync(email);
        await Assertions.Expect(Cards(page).First).ToBeVisibleAsync(Patient);
    }

    // A tools-panel button, and the local host's answer to the request it makes.
    private static async Task ClickAndExpectOkAsync(IPage page, ILocator button, string path)
    {
        var response = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Url.Contains(path) && r.Request.Method == "POST");
        Assert.True(response.Ok, $"{path}: {response.Status} {await response.TextAsync()}");
    }

    private static ILocator Cards(IPage page) => page.Locator("[data-testid=card]");

    private static ILocator Card(IPage page, string activityId) => page.Locator($"[data-activity-id='{activityId}']");

    // The card itself is the outermost .ac-container, so the item's own container is the last (innermost) one holding its text.
    private static ILocator Item(ILocator card, string text) => card.Locator(".ac-container").Filter(new() { HasText = text }).Last;

    private static string ItemText(Texts texts, CheckItem item) =>
        item.Critical ? texts.Get("check_critical_mark", Locale, item.Text.For(Locale)) : item.Text.For(Locale);
}
