namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>After every change to a walk: the card for the step now current, or the debrief (and a drill's score) at the end.</summary>
public sealed class WalkProgress(ScenarioCatalog catalog, ScenarioEngine engine, WalkCards cards, DrillResults results, Replies replies, ILogger<WalkProgress> log)
{
    public async Task ShowAsync(Activity to, StoredWalk walk, DateTimeOffset now, CancellationToken ct)
    {
        var scenario = catalog.Get(walk.State.ScenarioId);
        if (engine.Current(walk.State) is { } step)
        {
            await replies.CardAsync(to, cards.Step(walk.WalkId, walk.PersonId, scenario, step, step.Deadline - now, walk.Locale), ct);
            return;
        }
        var debrief = engine.Debrief(walk.State);
        log.LogInformation("Walk {WalkId} of {ScenarioId} finished by {ObjectId} with score {Score}",
            walk.WalkId, walk.State.ScenarioId, walk.PersonId, debrief.Score.Score);
        if (!WalkActions.IsPractice(walk.WalkId))
            await results.RecordScoreAsync(walk.WalkId, walk.PersonId, now, debrief.Score.Score, ct);
        await replies.CardAsync(to, cards.Debrief(debrief, walk.Locale), ct);
    }
}
