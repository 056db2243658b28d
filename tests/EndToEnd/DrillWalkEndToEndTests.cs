using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>
/// A trainer launches a drill from the emulator and a participant walks it to the debrief. The
/// runtime's alert card is not part of this branch, so the participant presses "Start" by sending
/// its documented submit data, {"action":"drill.start","drill":id}, exactly as the card would.
/// </summary>
public class DrillWalkEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Trainer = "trainer@demo-hospital.example";
    private const string Clerk = "li.na@demo-hospital.example";

    [Fact]
    public async Task RunThenWalk_WhenATrainerLaunchesAndAParticipantAnswersRight_EndsInADebriefAndAScore()
    {
        var trainer = await ObjectIdAsync(Trainer);
        var clerk = await ObjectIdAsync(Clerk);
        await host.SendAsync(Trainer, new { type = "message", text = "language en" });
        await host.SendAsync(Trainer, new { type = "message", text = "run fire-records-store records" });
        var launched = await host.WaitForAsync($"a:emulator-{trainer}", a => a.Any(x => Text(x)?.StartsWith("Drill ") == true), "the launch reply");
        var drillId = Regex.Match(launched.Select(Text).OfType<string>().Last(t => t.StartsWith("Drill ")), @"^Drill (\S+) launched").Groups[1].Value;

        await host.SendAsync(Clerk, new { type = "message", value = new { action = "drill.start", drill = drillId } });
        var conversation = $"a:emulator-{clerk}";
        var answered = new HashSet<string>();
        List<JsonElement> activities;
        for (var guard = 0; ; guard++)
        {
            Assert.True(guard < 30, "the drill walk did not reach its debrief");
            activities = await host.WaitForAsync(conversation, a => a.Any(IsDebrief) || OpenStep(a, answered) is not null, "the next step card");
            if (activities.Any(IsDebrief)) break;
            var card = OpenStep(activities, answered)!.Value;
            var data = Actions(card)[await RightOptionAsync(drillId, clerk, Actions(card)[0].GetProperty("data"))].GetProperty("data");
            answered.Add(card.GetProperty("id").GetString()!);
            await host.SendAsync(Clerk, new { type = "message", value = data, replyToId = card.GetProperty("id").GetString() });
        }

        var debrief = activities.Single(IsDebrief);
        Assert.Equal("得分：100 / 100", Card(debrief)!.Value.GetProperty("body")[1].GetProperty("text").GetString());
        var participant = await host.App.Services.GetRequiredService<ParticipantStore>().GetAsync(drillId, clerk);
        Assert.Equal(ParticipantStatus.Answered, participant!.Status);
        Assert.Equal(100, participant.Score);
        Assert.All(answered, id => Assert.False(activities.Single(a => a.GetProperty("id").GetString() == id).GetProperty("attachments")[0]
            .GetProperty("content").TryGetProperty("actions", out _)));
    }

    private async Task<int> RightOptionAsync(string drillId, string personId, JsonElement data)
    {
        var walk = await host.App.Services.GetRequiredService<WalkStore>().GetAsync(drillId, personId, CancellationToken.None);
        var scenario = host.App.Services.GetRequiredService<ScenarioCatalog>().Get(walk!.State.ScenarioId);
        return scenario.Get(data.GetProperty("step").GetString()!).Options.ToList().FindIndex(o => o.IsCorrect(walk.State.Parameters));
    }

    private async Task<string> ObjectIdAsync(string email) =>
        (await host.Http.GetFromJsonAsync<JsonElement[]>("/emulator/roster"))!
            .Single(p => p.GetProperty("email").GetString() == email).GetProperty("objectId").GetString()!;

    private static JsonElement? OpenStep(List<JsonElement> activities, HashSet<string> answered) =>
        activities.Where(a => !answered.Contains(a.GetProperty("id").GetString()!) && Action(a) == "walk.answer").Select(a => (JsonElement?)a).LastOrDefault();

    private static bool IsDebrief(JsonElement activity) =>
        Action(activity) == "practice.start" && Card(activity)!.Value.GetProperty("body").GetArrayLength() > 4;

    private static string? Action(JsonElement activity) =>
        Card(activity) is { } card && card.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0
            ? actions[0].GetProperty("data").GetProperty("action").GetString()
            : null;

    private static JsonElement Actions(JsonElement activity) => Card(activity)!.Value.GetProperty("actions");

    private static JsonElement? Card(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) ? attachments[0].GetProperty("content") : null;

    private static string? Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
}
