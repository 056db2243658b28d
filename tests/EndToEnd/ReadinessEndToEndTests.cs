using System.Net.Http.Json;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>A manager's department card and a staff member's own card, through api/messages of the local host.</summary>
[Trait("Category", "EndToEnd")]
public class ReadinessEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Manager = "manager@demo-hospital.example";
    private const string Clerk = "wang.qiang@demo-hospital.example";

    [Fact]
    public async Task Readiness_TypedByAManager_AnswersWithTheDepartmentCardOfBandsWeakestTopicsAndPeopleNotReady()
    {
        var conversation = await ConversationAsync(Manager);
        await host.SendAsync(Manager, new { type = "message", text = "language en", locale = "en-US" });

        await host.SendAsync(Manager, new { type = "message", text = "readiness", locale = "en-US" });

        var card = await CardAsync(conversation, text => text.Contains("records readiness"), "the department readiness card");
        Assert.Contains("Weakest topics", card);
        Assert.Contains("People not ready", card);
        Assert.Matches(@"\d+ ready · \d+ at risk · \d+ not ready \(of \d+\)", card);
        Assert.Contains("plan: ", card);
    }

    [Fact]
    public async Task MyReadiness_TypedByStaff_AnswersWithTheirOwnScoreReasonsAndAQuizButtonAndNobodyElses()
    {
        var conversation = await ConversationAsync(Clerk);
        await host.SendAsync(Clerk, new { type = "message", text = "language en", locale = "en-US" });

        await host.SendAsync(Clerk, new { type = "message", text = "my readiness", locale = "en-US" });

        var card = await CardAsync(conversation, text => text.Contains("My readiness"), "the personal readiness card");
        Assert.Matches(@"Score \d+/100 · (Ready|At risk|Not ready)", card);
        Assert.Contains("Next step: ", card);
        Assert.Contains("Only you can see your score.", card);
        Assert.Contains("\"quiz.start\"", card);
        Assert.DoesNotContain("People not ready", card);

        await host.SendAsync(Clerk, new { type = "message", text = "readiness", locale = "en-US" });
        await CardOrTextAsync(conversation, text => text.Contains("Department readiness is for managers and trainers"), "the refusal for staff");
    }

    private async Task<string> ConversationAsync(string email)
    {
        var roster = await host.Http.GetFromJsonAsync<JsonElement[]>("/emulator/roster");
        return $"a:emulator-{roster!.Single(p => p.GetProperty("email").GetString() == email).GetProperty("objectId").GetString()}";
    }

    private async Task<string> CardAsync(string conversation, Func<string, bool> match, string what)
    {
        var activities = await host.WaitForAsync(conversation, a => a.Any(x => IsCard(x) && match(Unescaped(x))), what);
        return Unescaped(activities.Last(x => IsCard(x) && match(Unescaped(x))));
    }

    private Task CardOrTextAsync(string conversation, Func<string, bool> match, string what) =>
        host.WaitForAsync(conversation, a => a.Any(x => match(Unescaped(x))), what);

    private static bool IsCard(JsonElement activity) => activity.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0;

    // The transcript is JSON: read it back as text so · and non-ASCII compare as written.
    private static string Unescaped(JsonElement activity) =>
        JsonSerializer.Serialize(activity, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
