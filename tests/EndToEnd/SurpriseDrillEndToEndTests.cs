using System.Net;
using System.Net.Http.Json;
using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>
/// Issue 3's story through the local host: the trainer 宋佳 schedules a surprise fire drill for the
/// records department's leader and deputy leader on the next working day; the clock is moved to
/// that day, PlanDrills picks the secret time, LaunchDueDrills fires it, both get the alert card
/// once; 马俊 answers, 胡敏 does not and gets one SMS; at the deadline the drill closes with scores
/// and the summary reaches the trainer and the records manager 郑华.
/// </summary>
[Trait("Category", "EndToEnd")]
public class SurpriseDrillEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Trainer = "trainer@demo-hospital.example";
    private const string Manager = "manager@demo-hospital.example";
    private const string Responder = "ma.jun@demo-hospital.example";
    private const string Silent = "hu.min@demo-hospital.example";
    private const string ResponderPhone = "+8613800000014";
    private const string SilentPhone = "+8613800000015";

    [Fact]
    public async Task SurpriseDrill_FromScheduleToSummary_PromptsOnceEscalatesTheSilentOneOnceAndReportsToTrainerAndManager()
    {
        var calendar = host.App.Services.GetRequiredService<SiteCalendar>();
        var (trainer, manager, responder, silent) =
            (await host.ObjectIdAsync(Trainer), await host.ObjectIdAsync(Manager), await host.ObjectIdAsync(Responder), await host.ObjectIdAsync(Silent));
        foreach (var email in new[] { Trainer, Manager, Responder, Silent })
            await host.InstallAsync(email);
        using var api = host.ApiAs(Trainer);

        var day = NextWorkingDay(calendar, calendar.LocalDate(await host.NowAsync()));
        var created = await api.PostAsJsonAsync("/api/schedules", new
        {
            scenarioId = "fire-records-store",
            audience = new { departments = new[] { "records" }, roles = new[] { "leader", "deputy-leader" } },
            mode = "surprise",
            earliest = day.ToString("yyyy-MM-dd"),
            latest = day.ToString("yyyy-MM-dd"),
            cadence = new { kind = "once", count = 1 },
            responseDeadlineMinutes = 30,
            escalationDelayMinutes = 10,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var scheduleId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // Early on the drill's day, before working hours: the daily plan picks a time inside them.
        await host.AdvanceToAsync(calendar.ToUtc(day, new TimeOnly(7, 0)));
        await host.RunTimerAsync("PlanDrills");
        var drillId = DrillIds.ForPlan(scheduleId, day, "records");
        var planned = await api.WaitForJsonAsync($"/api/drills/{drillId}", _ => true, "the planned drill");
        Assert.Equal("planned", planned.GetProperty("status").GetString());
        var plannedAt = planned.GetProperty("plannedAt").GetDateTimeOffset();
        Assert.Equal(day, calendar.LocalDate(plannedAt));
        Assert.InRange(calendar.ToLocal(plannedAt).TimeOfDay, new TimeSpan(8, 0, 0), new TimeSpan(17, 0, 0));
        Assert.Empty(await host.SmsOutboxAsync());

        await host.AdvanceToAsync(plannedAt);
        await host.RunTimerAsync("LaunchDueDrills");
        await host.WaitForAlertAsync(responder, drillId);
        await host.WaitForAlertAsync(silent, drillId);
        await api.WaitForJsonAsync($"/api/drills/{drillId}", d => Statuses(d).All(s => s == "prompted") && Statuses(d).Count() == 2, "both prompted");
        await host.RunTimerAsync("LaunchDueDrills");
        foreach (var person in new[] { responder, silent })
            Assert.Single(await host.WaitForAsync(LocalHostDriver.ChatOf(person), _ => true, "the transcript"), a => DrillWalker.IsAlert(drillId)(a));

        var walked = await host.StartAndWalkRightAsync(Responder, responder, drillId);
        Assert.Contains(walked, DrillWalker.IsDebrief);
        await api.WaitForJsonAsync($"/api/drills/{drillId}", d => Status(d, responder) == "answered", "the responder answered");

        await host.AdvanceAsync(10);
        await host.RunTimerAsync("EscalateAndClose");
        await host.WaitForSmsAsync(o => o.Any(m => To(m) == SilentPhone), "the reminder SMS to the silent participant");
        await host.RunTimerAsync("EscalateAndClose");
        var outbox = await host.SmsOutboxAsync();
        Assert.Single(outbox, m => To(m) == SilentPhone && m.GetProperty("successful").GetBoolean());
        Assert.DoesNotContain(outbox, m => To(m) == ResponderPhone);
        var escalated = await api.WaitForJsonAsync($"/api/drills/{drillId}", d => Status(d, silent) == "escalated", "the silent one escalated");
        Assert.Equal("launched", escalated.GetProperty("status").GetString());

        await host.AdvanceAsync(30);
        await host.RunTimerAsync("EscalateAndClose");
        var closed = await api.WaitForJsonAsync($"/api/drills/{drillId}", d => d.GetProperty("status").GetString() == "closed", "the drill closed");
        Assert.Equal(100, Score(closed, responder));
        Assert.Equal(0, Score(closed, silent));
        Assert.Equal(trainer, closed.GetProperty("requestedBy").GetString());

        var title = host.App.Services.GetRequiredService<Texts>().Get("summary_title", "zh-CN",
            host.App.Services.GetRequiredService<ScenarioCatalog>().Get("fire-records-store").Title.For("zh-CN"));
        foreach (var person in new[] { trainer, manager })
        {
            var chat = await host.WaitForAsync(LocalHostDriver.ChatOf(person), a => a.Any(IsSummary(drillId)), "the summary card");
            var summary = DrillWalker.Card(chat.Single(IsSummary(drillId)))!.Value;
            Assert.Equal(title, summary.GetProperty("body")[0].GetProperty("text").GetString());
        }
        Assert.Single(await host.SmsOutboxAsync(), m => To(m) == SilentPhone);
    }

    private static DateOnly NextWorkingDay(SiteCalendar calendar, DateOnly today)
    {
        var day = today.AddDays(1);
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    private static IEnumerable<string> Statuses(JsonElement drill) =>
        drill.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("status").GetString()!);

    private static JsonElement Participant(JsonElement drill, string personId) =>
        drill.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("personId").GetString() == personId);

    private static string? Status(JsonElement drill, string personId) => Participant(drill, personId).GetProperty("status").GetString();

    private static double? Score(JsonElement drill, string personId) =>
        Participant(drill, personId).GetProperty("score") is { ValueKind: JsonValueKind.Number } score ? score.GetDouble() : null;

    private static string? To(JsonElement sms) => sms.GetProperty("to").GetString();

    private static Func<JsonElement, bool> IsSummary(string drillId) => a =>
        DrillWalker.Card(a) is { } card && card.GetProperty("body").GetArrayLength() > 1
        && card.GetProperty("body")[1].TryGetProperty("text", out var subtitle) && subtitle.GetString()!.Contains(drillId);
}
