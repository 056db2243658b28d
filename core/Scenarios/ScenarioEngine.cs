namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// Walks a person through a scenario. Pure: no storage, no clock — every time comes in as an
/// argument and every change comes back as a new WalkState for the caller to store.
/// </summary>
public sealed class ScenarioEngine(ScenarioCatalog catalog)
{
    /// <param name="parameters">
    /// A value for every scenario parameter (see <see cref="ScenarioParameters.Resolve"/>), e.g.
    /// room=records-store-1, room.zh-CN=病案库房（一）, room.en=Records Store 1, afterHours=false.
    /// </param>
    public WalkState Start(Scenario scenario, IReadOnlyDictionary<string, string> parameters, DateTimeOffset at)
    {
        if (catalog.Find(scenario.Id) != scenario)
            throw new ArgumentException($"Scenario '{scenario.Id}' is not in the loaded catalogue.", nameof(scenario));
        var values = new Dictionary<string, string>(parameters);
        foreach (var p in scenario.Parameters)
        {
            if (!parameters.TryGetValue(p.Name, out var value))
                throw new ArgumentException($"Scenario '{scenario.Id}' needs a value for parameter '{p.Name}'.", nameof(parameters));
            if (p.Values.Count == 0) continue;
            if (!p.Values.TryGetValue(value, out var text))
                throw new ArgumentException($"Parameter '{p.Name}' of scenario '{scenario.Id}' is '{value}'; expected one of: {string.Join(", ", p.Values.Keys)}.", nameof(parameters));
            // The declared text of a value is what {afterHours} shows, unless the caller gave its own.
            values.TryAdd($"{p.Name}.{Locales.ZhCn}", text.ZhCn);
            values.TryAdd($"{p.Name}.{Locales.En}", text.En);
        }
        return new WalkState(scenario.Id, values, at, scenario.Start, at, [], null);
    }

    public StepView? Current(WalkState state)
    {
        if (state.CurrentStep is null) return null;
        var step = catalog.Get(state.ScenarioId).Get(state.CurrentStep);
        return new StepView(
            step.Id,
            ScenarioText.Render(step.Prompt, state.Parameters),
            step.Options.Select(o => ScenarioText.Render(o.Text, state.Parameters)).ToList(),
            step.TimeLimit,
            state.CurrentPromptedAt + step.TimeLimit);
    }

    /// <param name="option">Zero-based index into the step's options, as shown by <see cref="Current"/>.</param>
    public StepOutcome Answer(WalkState state, string stepId, int option, DateTimeOffset at)
    {
        var scenario = catalog.Get(state.ScenarioId);
        if (state.CurrentStep != stepId) return NotCurrent(scenario, state, stepId);

        var step = scenario.Get(stepId);
        if (at >= state.CurrentPromptedAt + step.TimeLimit)
            return new StepOutcome(AnswerStatus.TooLate, Timeout(state, at).State, stepId, false, null, null);
        if (option < 0 || option >= step.Options.Count)
            return new StepOutcome(AnswerStatus.InvalidOption, state, stepId, false, null, null);

        var chosen = step.Options[option];
        var correct = chosen.IsCorrect(state.Parameters);
        var record = new StepRecord(stepId, state.CurrentPromptedAt, option, correct, false, at, chosen.Action, chosen.Next);
        var feedback = ScenarioText.Render(chosen.Feedback, state.Parameters);
        return new StepOutcome(AnswerStatus.Accepted, MoveOn(state, record, at), stepId, correct, feedback, chosen.Next);
    }

    /// <summary>
    /// Moves past every step whose time limit has passed by <paramref name="now"/>. Each counts as
    /// missed and goes to <see cref="ScenarioPath.TimeoutTarget"/>; the next step is taken to have
    /// been shown at the previous deadline, so a long silence times out several steps in turn.
    /// </summary>
    public TimeoutOutcome Timeout(WalkState state, DateTimeOffset now)
    {
        var scenario = catalog.Get(state.ScenarioId);
        var timedOut = new List<string>();
        while (state.CurrentStep is { } id && scenario.Get(id) is var step && now >= state.CurrentPromptedAt + step.TimeLimit)
        {
            var deadline = state.CurrentPromptedAt + step.TimeLimit;
            var record = new StepRecord(id, state.CurrentPromptedAt, null, false, true, null, null, ScenarioPath.TimeoutTarget(step, state.Parameters));
            state = MoveOn(state, record, deadline);
            timedOut.Add(id);
        }
        return new TimeoutOutcome(state, timedOut);
    }

    public Debrief Debrief(WalkState state) => DebriefBuilder.Build(catalog, catalog.Get(state.ScenarioId), state);

    private static WalkState MoveOn(WalkState state, StepRecord record, DateTimeOffset at)
    {
        var finished = record.Next == Scenario.End;
        return state with
        {
            History = [.. state.History, record],
            CurrentStep = finished ? null : record.Next,
            CurrentPromptedAt = at,
            FinishedAt = finished ? at : null,
        };
    }

    private static StepOutcome NotCurrent(Scenario scenario, WalkState state, string stepId)
    {
        var last = state.History.LastOrDefault(r => r.StepId == stepId);
        if (last is null) return new StepOutcome(AnswerStatus.Stale, state, stepId, false, null, null);
        if (last.TimedOut) return new StepOutcome(AnswerStatus.TooLate, state, stepId, false, null, last.Next);
        var feedback = ScenarioText.Render(scenario.Get(stepId).Options[last.Option!.Value].Feedback, state.Parameters);
        return new StepOutcome(AnswerStatus.Duplicate, state, stepId, last.Correct, feedback, last.Next);
    }
}
