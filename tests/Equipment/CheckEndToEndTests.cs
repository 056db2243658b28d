using System.Net.Http.Json;
using System.Text.Json;
using DrillPlatform.Bot.Conversations;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Api;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Tests.Equipment;

/// <summary>
/// Through the real local host: fe-a101's monthly check (last check 31 October in the demo registry)
/// falls due on 30 November, its card reaches 李娜 in the emulator, she answers with the gauge failed
/// (and clicks twice), the manager 郑华 is alerted, 王强's stale copy is refused, the record is listed.
/// </summary>
[Trait("Category", "EndToEnd")]
public class CheckEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Responsible = "li.na@demo-hospital.example";
    private const string Deputy = "wang.qiang@demo-hospital.example";
    private const string Manager = "manager@demo-hospital.example";
    private const string TaskId = "demo-hospital:fe-a101:extinguisher-monthly:20261130";

    [Fact]
    public async Task MonthlyCheck_FallsDueIsAnsweredWithAFailedCriticalItemAndIsListed()
    {
        var services = host.App.Services;
        var texts = services.GetRequiredService<Texts>();
        var (li, wang, manager) = (await PersonAsync(Responsible), await PersonAsync(Deputy), await PersonAsync(Manager));
        // Teams hands the bot a conversation reference when someone first opens the chat.
        foreach (var email in new[] { Responsible, Deputy, Manager })
            await host.SendAsync(email, new { type = "conversationUpdate" });
        await host.SendAsync(Responsible, new { type = "message", text = "language en", locale = "en-US" });
        await services.GetRequiredService<EquipmentSeeder>().SeedAsync();

        var opened = await services.GetRequiredService<CheckScheduling>().RunAsync(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));

        Assert.Contains(opened, t => t.Id == TaskId);
        var liChat = Chat(li);
        var card = (await host.WaitForAsync(liChat, a => a.Any(IsCard(TaskId)), "the check card")).Single(IsCard(TaskId));
        Assert.Equal("Equipment check due", Body(card)[0].GetProperty("text").GetString());
        var value = Answers(card, failing: "gauge");

        await host.SendAsync(Responsible, new { type = "message", value, replyToId = card.GetProperty("id").GetString(), locale = "en-US" });
        await host.SendAsync(Responsible, new { type = "message", value, replyToId = card.GetProperty("id").GetString(), locale = "en-US" });

        var after = await host.WaitForAsync(liChat, a => a.Any(IsCard(TaskId + ":f1")), "the follow-up card");
        var recorded = after.Single(a => a.GetProperty("id").GetString() == card.GetProperty("id").GetString());
        Assert.Equal(texts.Get("check_recorded_failed", "en"), Body(recorded)[0].GetProperty("text").GetString());
        Assert.Single(after, a => IsCard(TaskId + ":f1")(a));
        Assert.DoesNotContain(after, a => a.TryGetProperty("text", out var t) && t.GetString()!.Contains("already recorded"));

        var alerts = await host.WaitForAsync(Chat(manager), a => a.Any(IsAlert(texts.Get("check_alert_critical", "zh-CN"))), "the manager's alert");
        Assert.Single(alerts, a => IsAlert(texts.Get("check_alert_critical", "zh-CN"))(a));

        var wangCard = Answers(card, failing: null);
        await host.SendAsync(Deputy, new { type = "message", value = wangCard, replyToId = "m-unknown", locale = "en-US" });
        var refused = await host.WaitForAsync(Chat(wang), a => a.Any(m => m.TryGetProperty("text", out var t) && t.GetString()!.Contains("李娜")), "the polite refusal");
        Assert.Contains(refused, m => m.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("此项检查已由 李娜"));

        var (status, body) = await services.GetRequiredService<EquipmentChecksHandler>()
            .GetAsync("fe-a101");
        Assert.Equal(200, status);
        var checks = JsonSerializer.SerializeToElement(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)).GetProperty("checks");
        var record = checks.EnumerateArray().Single(c => c.GetProperty("taskId").GetString() == TaskId);
        Assert.Equal(li.GetProperty("objectId").GetString(), record.GetProperty("completedBy").GetString());
        Assert.Equal("the needle is in the red", record.GetProperty("answers").EnumerateArray()
            .Single(a => a.GetProperty("item").GetString() == "gauge").GetProperty("note").GetString());
        Assert.Equal("replace before Friday", record.GetProperty("note").GetString());
    }

    private static JsonElement Answers(JsonElement card, string? failing)
    {
        var fields = new Dictionary<string, object?> { ["action"] = "check.submit", ["task"] = TaskId, ["note"] = "replace before Friday" };
        foreach (var choice in Body(card).EnumerateArray().Where(b => b.GetProperty("type").GetString() == "Container").Select(c => c.GetProperty("items")[1]))
        {
            var id = choice.GetProperty("id").GetString()!;
            fields[id] = id == $"i_{failing}" ? "fail" : "pass";
        }
        if (failing is not null) fields[$"n_{failing}"] = "the needle is in the red";
        return JsonSerializer.SerializeToElement(fields);
    }

    private async Task<JsonElement> PersonAsync(string email) =>
        (await host.Http.GetFromJsonAsync<JsonElement[]>("/emulator/roster"))!.Single(p => p.GetProperty("email").GetString() == email);

    private static string Chat(JsonElement person) => $"a:emulator-{person.GetProperty("objectId").GetString()}";

    private static JsonElement Body(JsonElement activity) => activity.GetProperty("attachments")[0].GetProperty("content").GetProperty("body");

    private static Func<JsonElement, bool> IsCard(string taskId) => a =>
        a.TryGetProperty("attachments", out var at) && at[0].GetProperty("content").TryGetProperty("actions", out var actions)
        && actions.GetArrayLength() == 1 && actions[0].TryGetProperty("data", out var data)
        && data.TryGetProperty("task", out var task) && task.GetString() == taskId;

    private static Func<JsonElement, bool> IsAlert(string header) => a =>
        a.TryGetProperty("attachments", out _) && Body(a)[0].GetProperty("text").GetString() == header;
}
