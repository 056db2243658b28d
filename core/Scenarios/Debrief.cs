namespace DrillPlatform.Core.Scenarios;

public enum StepResult { Right, Wrong, TimedOut }

/// <summary>One visit to a step: what was chosen, what the plan's answer was, and how long it took.</summary>
public sealed record DebriefStep(
    string StepId,
    Localized Prompt,
    StepResult Result,
    TimeSpan? Latency,
    Localized? Chosen,
    Localized? RightAnswer,
    Localized? Feedback);

public sealed record DebriefAction(string Id, Localized Name, IReadOnlyList<string> Citation, bool Done);

/// <summary>What the debrief card shows: each step, the plan's order of actions, what was missed, the score.</summary>
public sealed record Debrief(
    string ScenarioId,
    Localized Title,
    bool Finished,
    IReadOnlyList<DebriefStep> Steps,
    IReadOnlyList<DebriefAction> PlanOrder,
    IReadOnlyList<DebriefAction> Missed,
    ScenarioScore Score);

internal static class DebriefBuilder
{
    public static Debrief Build(ScenarioCatalog catalog, Scenario scenario, WalkState state)
    {
        var p = state.Parameters;
        var score = ScenarioScorer.Score(scenario, state);
        var steps = state.History.Select(r =>
        {
            var step = scenario.Get(r.StepId);
            var chosen = r.Option is { } i ? step.Options[i] : null;
            return new DebriefStep(
                r.StepId,
                ScenarioText.Render(step.Prompt, p),
                r.TimedOut ? StepResult.TimedOut : r.Correct ? StepResult.Right : StepResult.Wrong,
                r.Latency,
                chosen is null ? null : ScenarioText.Render(chosen.Text, p),
                ScenarioPath.RightOption(step, p) is { } right ? ScenarioText.Render(right.Text, p) : null,
                chosen is null ? null : ScenarioText.Render(chosen.Feedback, p));
        }).ToList();
        var plan = ScenarioPath.PlanOrder(scenario, p).Select(id => Action(catalog, id, !score.MissedActions.Contains(id))).ToList();
        return new Debrief(scenario.Id, scenario.Title, state.Finished, steps, plan, plan.Where(a => !a.Done).ToList(), score);
    }

    private static DebriefAction Action(ScenarioCatalog catalog, string id, bool done) =>
        catalog.Action(id) is { } a
            ? new DebriefAction(id, a.Name, a.Citation, done)
            : new DebriefAction(id, new Localized(id, id), [], done);
}
