using System.Text.RegularExpressions;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>
/// A trainer launches a drill from the emulator; the queue worker delivers the drill alert card to a
/// participant, who presses its Start button and walks the scenario to the debrief.
/// </summary>
[Trait("Category", "EndToEnd")]
public class DrillWalkEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Trainer = "trainer@demo-hospital.example";
    private const string Clerk = "li.na@demo-hospital.example";

    [Fact]
    public async Task RunThenWalk_WhenATrainerLaunchesAndAParticipantAnswersRight_EndsInADebriefAndAScore()
    {
        var trainer = await host.ObjectIdAsync(Trainer);
        var clerk = await host.ObjectIdAsync(Clerk);
        await host.InstallAsync(Clerk);
        await host.SendAsync(Trainer, new { type = "message", text = "language en" });
        await host.SendAsync(Trainer, new { type = "message", text = "run fire-records-store records" });
        var launched = await host.WaitForAsync(LocalHostDriver.ChatOf(trainer), a => a.Any(x => Text(x)?.StartsWith("Drill ") == true), "the launch reply");
        var drillId = Regex.Match(launched.Select(Text).OfType<string>().Last(t => t.StartsWith("Drill ")), @"^Drill (\S+) launched").Groups[1].Value;

        var activities = await host.StartAndWalkRightAsync(Clerk, clerk, drillId);

        var debrief = activities.Single(DrillWalker.IsDebrief);
        Assert.Equal("得分：100 / 100", DrillWalker.Card(debrief)!.Value.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.Single(activities, a => DrillWalker.IsAlert(drillId)(a));
        var participant = await host.App.Services.GetRequiredService<ParticipantStore>().GetAsync(drillId, clerk);
        Assert.Equal(ParticipantStatus.Answered, participant!.Status);
        Assert.Equal(100, participant.Score);
        // Every answered step card was replaced by one without buttons, so it cannot be answered twice.
        Assert.DoesNotContain(activities, DrillWalker.IsWalkStep);
    }

    private static string? Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
}
