namespace DrillPlatform.Core.Scenarios;

/// <summary>The walk the plan expects: from the start, always the right answer for these parameters.</summary>
public static class ScenarioPath
{
    public static Option? RightOption(Step step, IReadOnlyDictionary<string, string> parameters) =>
        step.Options.FirstOrDefault(o => o.IsCorrect(parameters));

    /// <summary>
    /// Where a step goes when its time runs out: its own 'timeout' if it names one, otherwise
    /// where the right answer leads — a silent participant is marked as having missed the step
    /// and carries on along the plan, so a drill never stalls on one unanswered prompt.
    /// </summary>
    public static string TimeoutTarget(Step step, IReadOnlyDictionary<string, string> parameters) =>
        step.Timeout ?? RightOption(step, parameters)?.Next ?? Scenario.End;

    /// <summary>The steps on the right path, in order; stops early if the content loops or is broken.</summary>
    public static IReadOnlyList<Step> Right(Scenario scenario, IReadOnlyDictionary<string, string> parameters)
    {
        var path = new List<Step>();
        var id = scenario.Start;
        while (id != Scenario.End && scenario.Find(id) is { } step && !path.Contains(step))
        {
            path.Add(step);
            id = RightOption(step, parameters)?.Next ?? Scenario.End;
        }
        return path;
    }

    /// <summary>The plan's order of actions for this walk: the actions of the right answers along the right path.</summary>
    public static IReadOnlyList<string> PlanOrder(Scenario scenario, IReadOnlyDictionary<string, string> parameters) =>
        Right(scenario, parameters)
            .Select(s => RightOption(s, parameters)?.Action)
            .OfType<string>()
            .Distinct()
            .ToList();

    /// <summary>Every combination of the scenario's value parameters (rooms do not change the path).</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Combinations(Scenario scenario)
    {
        IEnumerable<Dictionary<string, string>> combos = [new()];
        foreach (var p in scenario.Parameters.Where(p => p.Values.Count > 0))
            combos = combos.SelectMany(c => p.Values.Keys.Select(v => new Dictionary<string, string>(c) { [p.Name] = v }));
        return combos;
    }
}
