namespace DrillPlatform.Core.Scenarios;

/// <summary>The shape checks: every step reachable, every step able to reach the end, the right path finite.</summary>
internal static class ScenarioGraph
{
    public static void Check(List<ContentError> errors, Scenario s)
    {
        if (s.Find(s.Start) is null)
        {
            errors.Add(new(s.File, s.Line, $"start step '{s.Start}' is not a step of this scenario"));
            return;
        }
        var reachable = Reach(s.Start, id => Targets(s, id));
        foreach (var step in s.Steps.Where(x => !reachable.Contains(x.Id)))
            errors.Add(new(s.File, step.Line, $"step '{step.Id}' is unreachable from the start step '{s.Start}'"));

        // Walk the arrows backwards from 'end': any step not reached that way can never finish.
        var reverse = s.Steps
            .SelectMany(step => Targets(s, step.Id).Select(t => (from: step.Id, to: t)))
            .ToLookup(e => e.to, e => e.from);
        var finishing = Reach(Scenario.End, id => reverse[id]);
        foreach (var step in s.Steps.Where(x => reachable.Contains(x.Id) && !finishing.Contains(x.Id)))
            errors.Add(new(s.File, step.Line, $"dead end: no path from step '{step.Id}' leads to '{Scenario.End}'"));

        foreach (var combo in ScenarioPath.Combinations(s))
        {
            var path = ScenarioPath.Right(s, combo);
            var last = path.Count > 0 ? ScenarioPath.RightOption(path[^1], combo)?.Next : null;
            if (path.Count > 0 && last != Scenario.End && s.Find(last ?? "") is not null)
                errors.Add(new(s.File, s.Line, $"the right answers loop back to step '{last}' instead of reaching '{Scenario.End}'{(combo.Count > 0 ? " when " + string.Join(", ", combo.Select(c => $"{c.Key}={c.Value}")) : "")}"));
        }
    }

    private static IEnumerable<string> Targets(Scenario s, string stepId) =>
        s.Find(stepId) is { } step
            ? step.Options.Select(o => o.Next).Append(step.Timeout).OfType<string>().Where(t => t.Length > 0).Distinct()
            : [];

    private static HashSet<string> Reach(string from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string> { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var id))
            foreach (var t in next(id))
                if (seen.Add(t)) queue.Enqueue(t);
        return seen;
    }
}
