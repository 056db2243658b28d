using System.Net.Http.Json;
using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>
/// Issue 4 driven only by the clock and the timers of the local host, as a person at the emulator
/// page would: the records store's extinguishers (last checked 31 October) fall due on 30 November.
/// 李娜 answers fe-a101's card with the gauge failed (and clicks twice): the card turns into the
/// recorded tag, one follow-up opens, the manager 郑华 is alerted once, 王强's stale copy is refused,
/// and the record is listed by GET /api/equipment/fe-a101/checks. fe-a102's card is ignored and climbs the ladder:
/// a reminder after a day, the deputy 王强 after two, one SMS after three.
/// </summary>
[Trait("Category", "EndToEnd")]
public class EquipmentCheckEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Responsible = "li.na@demo-hospital.example";
    private const string Deputy = "wang.qiang@demo-hospital.example";
    private const string Manager = "manager@demo-hospital.example";
    private const string ResponsiblePhone = "+8613800000001";
    private const string Answered = "demo-hospital:fe-a101:extinguisher-monthly:20261130";
    private const string Ignored = "demo-hospital:fe-a102:extinguisher-monthly:20261130";
    private const string CheckNote = "已贴停用标签，待更换";
    private static readonly DateOnly DueDay = new(2026, 11, 30);

    [Fact]
    public async Task MonthlyCheck_FallsDueOnTheClockIsAnsweredWithAFailedCriticalItem_AndAnIgnoredOneClimbsToAnSms()
    {
        var texts = host.App.Services.GetRequiredService<Texts>();
        var calendar = host.App.Services.GetRequiredService<SiteCalendar>();
        var (li, wang, manager) = (await host.ObjectIdAsync(Responsible), await host.ObjectIdAsync(Deputy), await host.ObjectIdAsync(Manager));
        foreach (var email in new[] { Responsible, Deputy, Manager })
            await host.InstallAsync(email);

        await host.AdvanceToAsync(calendar.ToUtc(DueDay, new TimeOnly(9, 0)));
        await host.RunTimerAsync("ScheduleChecks");
        var liChat = LocalHostDriver.ChatOf(li);
        var cards = await host.WaitForAsync(liChat, a => a.Any(IsCheckCard(Answered)) && a.Any(IsCheckCard(Ignored)), "the two check cards");
        Assert.Single(cards, a => IsCheckCard(Answered)(a));
        var card = cards.Single(IsCheckCard(Answered));

        var value = Answers(card, failing: "gauge");
        await host.SendAsync(Responsible, new { type = "message", value, replyToId = DrillWalker.Id(card) });
        await host.SendAsync(Responsible, new { type = "message", value, replyToId = DrillWalker.Id(card) });
        var after = await host.WaitForAsync(liChat, a => a.Any(IsCheckCard(Answered + ":f1")), "the follow-up card");
        Assert.Single(after, a => IsCheckCard(Answered + ":f1")(a));
        var recorded = after.Single(a => DrillWalker.Id(a) == DrillWalker.Id(card));
        Assert.Equal(texts.Get("check_recorded_failed", "zh-CN"), DrillWalker.Card(recorded)!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        var critical = texts.Get("check_alert_critical", "zh-CN");
        var alerts = await host.WaitForAsync(LocalHostDriver.ChatOf(manager), a => a.Any(IsAlert(critical, "fe-a101")), "the manager's alert");
        Assert.Single(alerts, a => IsAlert(critical, "fe-a101")(a));

        await host.SendAsync(Deputy, new { type = "message", value = Answers(card, failing: null), replyToId = "m-unknown" });
        await host.WaitForAsync(LocalHostDriver.ChatOf(wang), a => a.Any(m => m.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("此项检查已由 李娜")), "the polite refusal");

        using var api = host.ApiAs(Manager);
        var listed = await api.WaitForJsonAsync("/api/equipment/fe-a101/checks",
            b => b.GetProperty("checks").EnumerateArray().Any(c => c.GetProperty("taskId").GetString() == Answered), "the record of fe-a101");
        var record = listed.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("taskId").GetString() == Answered);
        Assert.Equal(li, record.GetProperty("completedBy").GetString());
        Assert.False(record.GetProperty("passed").GetBoolean());
        var gauge = record.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("item").GetString() == "gauge");
        Assert.False(gauge.GetProperty("pass").GetBoolean());
        Assert.Equal("指针在红区", gauge.GetProperty("note").GetString());
        Assert.Equal(CheckNote, record.GetProperty("note").GetString());

        await host.AdvanceAsync(24 * 60);
        await host.RunTimerAsync("EscalateOverdueChecks");
        await host.WaitForAsync(liChat, a => a.Count(IsCheckCard(Ignored)) == 2, "the reminder card");
        await host.AdvanceAsync(24 * 60);
        await host.RunTimerAsync("EscalateOverdueChecks");
        await host.WaitForAsync(LocalHostDriver.ChatOf(wang), a => a.Any(IsCheckCard(Ignored)), "the deputy's card");
        Assert.DoesNotContain(await host.SmsOutboxAsync(), IsSmsAbout("fe-a102"));

        await host.AdvanceAsync(24 * 60);
        await host.RunTimerAsync("EscalateOverdueChecks");
        await host.WaitForSmsAsync(o => o.Exists(IsSmsAbout("fe-a102")), "the overdue SMS for fe-a102");
        await host.RunTimerAsync("EscalateOverdueChecks");
        var sms = Assert.Single(await host.SmsOutboxAsync(), IsSmsAbout("fe-a102"));
        Assert.Equal(ResponsiblePhone, sms.GetProperty("to").GetString());
        Assert.True(sms.GetProperty("successful").GetBoolean());
    }

    // A check card for the task: its one button submits {"action":"check.submit","task":...}.
    private static Func<JsonElement, bool> IsCheckCard(string taskId) => a =>
        DrillWalker.Action(a) is { } data && data.TryGetProperty("task", out var task) && task.GetString() == taskId;

    private static Func<JsonElement, bool> IsAlert(string header, string equipmentId) => a =>
        DrillWalker.Card(a) is { } card && card.GetProperty("body")[0].GetProperty("text").GetString() == header
        && card.GetRawText().Contains(equipmentId);

    private static Predicate<JsonElement> IsSmsAbout(string equipmentId) => m => m.GetProperty("message").GetString()!.Contains(equipmentId + ",");

    // The card's answer: every pass/fail choice set (each item's container holds its text, then the choice) passes but one.
    private static JsonElement Answers(JsonElement card, string? failing)
    {
        var fields = new Dictionary<string, object?>(DrillWalker.Action(card)!.Value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, (object?)p.Value)));
        foreach (var container in DrillWalker.Card(card)!.Value.GetProperty("body").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "Container"))
        {
            var id = container.GetProperty("items")[1].GetProperty("id").GetString()!;
            fields[id] = id == $"i_{failing}" ? "fail" : "pass";
        }
        if (failing is not null) fields[$"n_{failing}"] = "指针在红区";
        fields["note"] = CheckNote;
        return JsonSerializer.SerializeToElement(fields);
    }
}
