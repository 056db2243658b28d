namespace DrillPlatform.Tests.Conversations;

/// <summary>Reads step cards and picks right or wrong options the way a participant would click them.</summary>
internal static class WalkTestSteps
{
    public static Sent LastStepCard(IEnumerable<Sent> sent) => sent.Last(s => !s.IsUpdate && s.FirstAction == "walk.answer");

    public static JsonElement Data(Sent stepCard, int option) =>
        OptionButtons.Data(stepCard.Card!.Value, option);

    public static (string Walk, string Step) Ids(Sent stepCard)
    {
        var data = Data(stepCard, 0);
        return (data.GetProperty("walk").GetString()!, data.GetProperty("step").GetString()!);
    }

    /// <summary>The option index the plan expects (right = true) or the first wrong one, for the walk's stored parameters.</summary>
    public static async Task<int> OptionAsync(BotHarness bot, StaffMember person, Sent stepCard, bool right)
    {
        var (walkId, stepId) = Ids(stepCard);
        var walk = await bot.Get<WalkStore>().GetAsync(walkId, person.ObjectId, CancellationToken.None);
        var step = bot.Get<ScenarioCatalog>().Get(walk!.State.ScenarioId).Get(stepId);
        return step.Options.ToList().FindIndex(o => o.IsCorrect(walk.State.Parameters) == right);
    }

    /// <summary>Answers every step right, two seconds after it was shown, until the debrief; returns all that was sent.</summary>
    public static async Task<List<Sent>> FinishRightAsync(BotHarness bot, StaffMember person, List<Sent> sent)
    {
        var all = new List<Sent>(sent);
        for (var guard = 0; !all.Any(IsDebrief); guard++)
        {
            Assert.True(guard < 30, "the walk did not reach a debrief");
            var card = LastStepCard(all);
            bot.Clock.Advance(TimeSpan.FromSeconds(2));
            all.AddRange(await bot.SendAsync(person, value: Data(card, await OptionAsync(bot, person, card, right: true)), replyToId: "card-" + guard));
        }
        return all;
    }

    public static bool IsDebrief(Sent sent) => !sent.IsUpdate && sent.FirstAction == "practice.start" && sent.Card!.Value.GetProperty("body").GetArrayLength() > 4;
}
