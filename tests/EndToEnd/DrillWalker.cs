namespace DrillPlatform.Tests.EndToEnd;

/// <summary>
/// A participant in the emulator: finds the drill alert card, presses its Start button (sending the
/// button's own submit data, as the page does) and answers each step card with the plan's answer.
/// </summary>
public static class DrillWalker
{
    public static Func<JsonElement, bool> IsAlert(string drillId) => a =>
        Action(a) is { } data && data.GetProperty("action").GetString() == "drill.start"
        && data.TryGetProperty("drill", out var drill) && drill.GetString() == drillId;

    public static async Task<JsonElement> WaitForAlertAsync(this LocalHostFixture host, string objectId, string drillId) =>
        (await host.WaitForAsync(LocalHostDriver.ChatOf(objectId), a => a.Any(IsAlert(drillId)), $"the alert card of drill {drillId}"))
            .Single(IsAlert(drillId));

    /// <summary>Clicks Start on the alert and answers every step right; returns the transcript ending in the debrief.</summary>
    public static async Task<List<JsonElement>> StartAndWalkRightAsync(this LocalHostFixture host, string email, string objectId, string drillId)
    {
        var alert = await host.WaitForAlertAsync(objectId, drillId);
        await host.SendAsync(email, new { type = "message", value = Action(alert)!.Value, replyToId = Id(alert) });
        var answered = new HashSet<string>();
        while (await host.NextStepAsync(objectId, drillId, answered) is { } next)
        {
            var data = DrillPlatform.Tests.Conversations.OptionButtons.Data(Card(next.Step)!.Value, next.Right);
            await host.SendAsync(email, new { type = "message", value = data, replyToId = Id(next.Step) });
        }
        return await host.WaitForAsync(LocalHostDriver.ChatOf(objectId), a => a.Any(IsDebrief), "the debrief");
    }

    /// <summary>
    /// Waits for the next step card not yet in <paramref name="answered"/> (and adds it) with the index of
    /// the plan's answer (its real index, the value of its choice); null once the debrief has come.
    /// </summary>
    public static async Task<(JsonElement Step, int Right)?> NextStepAsync(this LocalHostFixture host, string objectId, string drillId, HashSet<string> answered)
    {
        Assert.True(answered.Count < 30, "the drill walk did not reach its debrief");
        var activities = await host.WaitForAsync(LocalHostDriver.ChatOf(objectId), a => a.Any(IsDebrief) || OpenStep(a, answered) is not null, "the next step card");
        if (activities.Any(IsDebrief)) return null;
        var step = OpenStep(activities, answered)!.Value;
        answered.Add(Id(step));
        return (step, await RightOptionAsync(host, drillId, objectId, Card(step)!.Value.GetProperty("actions")[0].GetProperty("data")));
    }

    public static bool IsDebrief(JsonElement activity) =>
        Action(activity)?.GetProperty("action").GetString() == "practice.start" && Card(activity)!.Value.GetProperty("body").GetArrayLength() > 4;

    public static bool IsWalkStep(JsonElement activity) => Action(activity)?.GetProperty("action").GetString() == "walk.answer";

    public static JsonElement? Card(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0 ? attachments[0].GetProperty("content") : null;

    public static string Id(JsonElement activity) => activity.GetProperty("id").GetString()!;

    /// <summary>The data of the card's first action (a step card's only submit), or null for a text or a card without actions.</summary>
    public static JsonElement? Action(JsonElement activity) =>
        Card(activity) is { } card && card.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0
            && actions[0].TryGetProperty("data", out var data) && data.TryGetProperty("action", out _)
            ? data
            : null;

    private static JsonElement? OpenStep(List<JsonElement> activities, HashSet<string> answered) =>
        activities.Where(a => !answered.Contains(Id(a)) && IsWalkStep(a)).Select(a => (JsonElement?)a).LastOrDefault();

    private static async Task<int> RightOptionAsync(LocalHostFixture host, string drillId, string personId, JsonElement data)
    {
        var walk = await host.App.Services.GetRequiredService<WalkStore>().GetAsync(drillId, personId, CancellationToken.None);
        var scenario = host.App.Services.GetRequiredService<ScenarioCatalog>().Get(walk!.State.ScenarioId);
        return scenario.Get(data.GetProperty("step").GetString()!).Options.ToList().FindIndex(o => o.IsCorrect(walk.State.Parameters));
    }
}
