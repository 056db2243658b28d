namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>
/// Starts walk-throughs: practice on demand (a fresh walk each time) or a drill from its alert card
/// (one walk per participant, whose id is the drill id). Answers are handled by <see cref="WalkAnswers"/>.
/// </summary>
public sealed class WalkConversation(
    ScenarioEngine engine,
    WalkStore walks,
    SiteRegistry site,
    SiteCalendar calendar,
    DrillWalkGate gate,
    ScenarioCatalog catalog,
    WalkProgress progress,
    Texts texts,
    Replies replies,
    TimeProvider time,
    ILogger<WalkConversation> log)
{
    public async Task StartPracticeAsync(Turn turn, Scenario scenario, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var walk = new StoredWalk(WalkActions.NewPracticeWalkId(), turn.Person.ObjectId, NewState(scenario, now), turn.Locale);
        await walks.TryAddAsync(walk, ct);
        log.LogInformation("Practice walk {WalkId} of {ScenarioId} started by {ObjectId}", walk.WalkId, scenario.Id, turn.Person.ObjectId);
        await progress.ShowAsync(turn.Activity, walk, now, ct);
    }

    public async Task StartDrillAsync(Turn turn, string? drillId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var check = string.IsNullOrWhiteSpace(drillId)
            ? new DrillCheck(null, "drill_not_participant")
            : await gate.CheckAsync(drillId, turn.Person.ObjectId, now, ct);
        if (check.Refusal is { } refusal || check.Drill is not { } drill)
        {
            await replies.TextAsync(turn.Activity, texts.Get(check.Refusal ?? "drill_not_participant", turn.Locale), ct);
            return;
        }
        if (catalog.Find(drill.ScenarioId) is not { } scenario)
        {
            log.LogError("Drill {DrillId} names scenario {ScenarioId}, which is not loaded", drill.Id, drill.ScenarioId);
            await replies.TextAsync(turn.Activity, texts.Get("walk_unavailable", turn.Locale), ct);
            return;
        }

        var walk = new StoredWalk(drill.Id, turn.Person.ObjectId, NewState(scenario, now), turn.Locale);
        if (await walks.TryAddAsync(walk, ct))
            log.LogInformation("Drill walk {DrillId} started by {ObjectId}", drill.Id, turn.Person.ObjectId);
        else if (await ResumeAsync(drill.Id, turn.Person.ObjectId, now, ct) is { } resumed)
            walk = resumed; // Start clicked again: show where the walk is, never restart it.
        else
            return;
        await progress.ShowAsync(turn.Activity, walk, now, ct);
    }

    private async Task<StoredWalk?> ResumeAsync(string walkId, string personId, DateTimeOffset now, CancellationToken ct)
    {
        var stored = await walks.GetAsync(walkId, personId, ct);
        if (stored is null) return null;
        var timedOut = engine.Timeout(stored.State, now);
        if (timedOut.TimedOutSteps.Count == 0) return stored;
        var moved = stored with { State = timedOut.State };
        return await walks.TryUpdateAsync(moved, ct) ? await walks.GetAsync(walkId, personId, ct) : null;
    }

    // The room comes from the site registry; "after hours" is decided by the site calendar at the start.
    private WalkState NewState(Scenario scenario, DateTimeOffset now)
    {
        var choices = new Dictionary<string, string>();
        var afterHours = scenario.Parameters.FirstOrDefault(p => p.Name == "afterHours");
        var value = calendar.IsWorkingTime(now) ? "false" : "true";
        if (afterHours is not null && afterHours.Values.ContainsKey(value))
            choices["afterHours"] = value;
        return engine.Start(scenario, ScenarioParameters.Resolve(scenario, site, choices), now);
    }
}
