namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// Checks loaded scenarios against each other, the action catalogue and (when given) the plan's
/// section ids. Returns the loader's reading errors too, so one call lists everything wrong.
/// </summary>
public static class ScenarioValidator
{
    public const string AdditionSection = "platform-addition";

    public static IReadOnlyList<ContentError> Validate(ScenarioSet set, IReadOnlySet<string>? sections = null, IReadOnlySet<string>? siteKeys = null)
    {
        var errors = new List<ContentError>(set.Errors);
        var actions = set.Actions.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var action in set.Actions)
        {
            if (actions[action.Id] != action) errors.Add(new(action.File, action.Line, $"action '{action.Id}' is defined twice"));
            Citations(errors, action.File, action.Line, $"action '{action.Id}'", action.Citation, action.Addition, sections);
        }
        foreach (var duplicate in set.Scenarios.GroupBy(s => s.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            errors.Add(new(duplicate.File, duplicate.Line, $"scenario id '{duplicate.Id}' is already used by {set.Scenarios.First(s => s.Id == duplicate.Id).File}"));
        foreach (var scenario in set.Scenarios)
        {
            CheckScenario(errors, scenario, actions, sections);
            ScenarioGraph.Check(errors, scenario);
            PlaceholderCheck.Check(errors, scenario, siteKeys);
        }
        return errors;
    }

    private static void CheckScenario(List<ContentError> errors, Scenario s, IReadOnlyDictionary<string, PlanAction> actions, IReadOnlySet<string>? sections)
    {
        Citations(errors, s.File, s.Line, $"scenario '{s.Id}'", s.Citation, "the steps give their reasons", sections);
        foreach (var duplicate in s.Steps.GroupBy(x => x.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            errors.Add(new(s.File, duplicate.Line, $"step id '{duplicate.Id}' is used twice"));
        foreach (var step in s.Steps)
        {
            var what = $"step '{step.Id}'";
            if (step.Id == Scenario.End) errors.Add(new(s.File, step.Line, $"'{Scenario.End}' is reserved for the end of the walk and cannot be a step id"));
            if (step.TimeLimitSeconds <= 0) errors.Add(new(s.File, step.Line, $"{what} needs a time limit above 0 seconds"));
            if (step.Options.Count < 2) errors.Add(new(s.File, step.Line, $"{what} needs at least two options"));
            Citations(errors, s.File, step.Line, what, step.Citation, step.Addition, sections);
            if (step.Timeout is { } t && t != Scenario.End && s.Find(t) is null)
                errors.Add(new(s.File, step.Line, $"{what} times out to unknown step '{t}'"));
            foreach (var option in step.Options) CheckOption(errors, s, step, option, actions);
            foreach (var combo in ScenarioPath.Combinations(s))
                if (!step.Options.Any(o => o.IsCorrect(combo)))
                    errors.Add(new(s.File, step.Line, $"{what} has no correct option{Describe(combo)}"));
        }
    }

    private static void CheckOption(List<ContentError> errors, Scenario s, Step step, Option option, IReadOnlyDictionary<string, PlanAction> actions)
    {
        var what = $"an option of step '{step.Id}'";
        if (option.Next == step.Id)
            errors.Add(new(s.File, option.Line, $"{what} leads back to its own step; go through a consequence step so a repeated answer can be told from a retry"));
        else if (option.Next.Length > 0 && option.Next != Scenario.End && s.Find(option.Next) is null)
            errors.Add(new(s.File, option.Line, $"{what} has next '{option.Next}', which is not a step of this scenario (or '{Scenario.End}')"));
        if (option.Action is { } a && !actions.ContainsKey(a))
            errors.Add(new(s.File, option.Line, $"{what} names action '{a}', which is not in {ScenarioLoader.ActionsFile}"));
        var canBeRight = option.Correct || option.CorrectWhen is not null;
        if (canBeRight && option.Action is null)
            errors.Add(new(s.File, option.Line, $"{what} is correct but names no plan action"));
        foreach (var (name, value) in option.CorrectWhen ?? new Dictionary<string, string>())
        {
            var parameter = s.Parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null || !parameter.Values.ContainsKey(value))
                errors.Add(new(s.File, option.Line, $"{what} is correct when {name}={value}, but the scenario has no such parameter value"));
        }
    }

    private static void Citations(List<ContentError> errors, string file, int line, string what, IReadOnlyList<string> citation, string? addition, IReadOnlySet<string>? sections)
    {
        if (citation.Count == 0) errors.Add(new(file, line, $"{what} cites no plan section"));
        foreach (var id in citation.Where(c => sections is not null && !sections.Contains(c)))
            errors.Add(new(file, line, $"{what} cites '{id}', which is not a section of the plan"));
        if (citation.Contains(AdditionSection) && string.IsNullOrWhiteSpace(addition))
            errors.Add(new(file, line, $"{what} cites {AdditionSection} but gives no 'addition' reason"));
    }

    private static string Describe(IReadOnlyDictionary<string, string> combo) =>
        combo.Count == 0 ? "" : " when " + string.Join(", ", combo.Select(c => $"{c.Key}={c.Value}"));
}
