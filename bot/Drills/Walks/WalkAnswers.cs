namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>
/// An answer on a step card. The engine decides; the walk is stored If-Match on its ETag, so of
/// two clicks racing only one moves the walk: the loser re-reads and finds its step answered
/// (a duplicate, counted once, no reply).
/// </summary>
public sealed class WalkAnswers(
    ScenarioCatalog catalog,
    ScenarioEngine engine,
    WalkStore walks,
    DrillWalkGate gate,
    DrillResults results,
    WalkProgress progress,
    WalkCards cards,
    Texts texts,
    Replies replies,
    TimeProvider time,
    ILogger<WalkAnswers> log,
    DrillPlatform.Core.Readiness.Recording.ReadinessRecorder? readiness = null)
{
    private const int Attempts = 3;

    /// <returns>The card that replaces the clicked one (for an Action.Execute response), or null.</returns>
    public async Task<JsonElement?> AnswerAsync(Turn turn, CardAction action, bool updateClickedCard, CancellationToken ct)
    {
        var (walkId, stepId) = (action.String("walk"), action.String("step"));
        if (walkId is null || stepId is null)
            return await SayAsync(turn, "walk_stale", ct);
        var (option, problem) = action.Choice(CardActions.OptionInput);
        if (option is null)
            return await SayAsync(turn, problem!, ct);

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = time.GetUtcNow();
            var walk = await walks.GetAsync(walkId, turn.Person.ObjectId, ct);
            if (walk is null || catalog.Find(walk.State.ScenarioId) is not { } scenario)
                return await SayAsync(turn, "walk_stale", ct);
            if (!WalkActions.IsPractice(walkId) && (await gate.CheckAsync(walkId, turn.Person.ObjectId, now, ct)).Refusal is { } refusal)
                return await SayAsync(turn, refusal, ct);

            var outcome = engine.Answer(walk.State, stepId, option.Value, now);
            switch (outcome.Status)
            {
                case AnswerStatus.Duplicate:
                    log.LogInformation("Walk {WalkId} step {StepId}: repeated answer ignored", walkId, stepId);
                    return null;
                case AnswerStatus.Stale:
                    return await SayAsync(turn, "walk_stale", ct);
                case AnswerStatus.InvalidOption:
                    return await SayAsync(turn, "invalid_answer", ct);
                case AnswerStatus.TooLate when ReferenceEquals(outcome.State, walk.State):
                    return await SayAsync(turn, "walk_too_late", ct); // timed out earlier; its card was already moved past
            }

            var moved = walk with { State = outcome.State };
            if (!await walks.TryUpdateAsync(moved, ct))
            {
                log.LogInformation("Walk {WalkId} step {StepId}: lost a race, reading again", walkId, stepId);
                continue;
            }
            return await AfterAsync(turn, scenario, walk, outcome, option.Value, updateClickedCard, now, ct);
        }
        return null;
    }

    private async Task<JsonElement?> AfterAsync(Turn turn, Scenario scenario, StoredWalk before, StepOutcome outcome, int option,
        bool updateClickedCard, DateTimeOffset now, CancellationToken ct)
    {
        var accepted = outcome.Status == AnswerStatus.Accepted;
        var answered = cards.Answered(scenario, before.State, outcome.StepId, accepted ? option : null, outcome.Correct, outcome.Feedback, before.Locale);
        // Record first, then decorate: the drill's answer and the readiness event are written before any Connector call.
        var firstResponse = accepted && before.State.History.All(r => r.Option is null);
        if (firstResponse && !WalkActions.IsPractice(before.WalkId))
            await results.RespondedAsync(before.WalkId, before.PersonId, now, ct);
        if (accepted && WalkActions.IsPractice(before.WalkId) && readiness is not null)
            await readiness.RecordPracticeAsync(before.PersonId, now, ct);

        if (updateClickedCard && turn.Activity.ReplyToId is not null)
            await replies.UpdateCardAsync(turn.Activity, answered, ct);
        if (!accepted)
            await replies.TextAsync(turn.Activity, texts.Get("walk_too_late", turn.Locale), ct);

        await progress.ShowAsync(turn.Activity, before with { State = outcome.State }, now, ct);
        return answered;
    }

    private async Task<JsonElement?> SayAsync(Turn turn, string key, CancellationToken ct)
    {
        await replies.TextAsync(turn.Activity, texts.Get(key, turn.Locale), ct);
        return null;
    }
}
