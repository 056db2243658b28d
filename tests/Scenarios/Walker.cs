namespace DrillPlatform.Tests.Scenarios;

/// <summary>Drives the engine the way a prompt-and-answer conversation would.</summary>
internal sealed class Walker(ScenarioCatalog catalog)
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 12, 2, 0, 0, TimeSpan.Zero);
    public ScenarioEngine Engine { get; } = new(catalog);

    public static IReadOnlyDictionary<string, string> Parameters(Scenario scenario, bool afterHours = false)
    {
        var values = new Dictionary<string, string>();
        foreach (var p in scenario.Parameters)
        {
            if (p.RoomKind is not null)
            {
                values[p.Name] = "room-1";
                values[$"{p.Name}.zh-CN"] = "病案库房（一）";
                values[$"{p.Name}.en"] = "Records Store 1";
            }
            else values[p.Name] = p.Name == "afterHours" ? (afterHours ? "true" : "false") : p.Values.Keys.First();
        }
        return values;
    }

    public static int RightIndex(Scenario scenario, WalkState state)
    {
        var step = scenario.Get(state.CurrentStep!);
        return step.Options.ToList().FindIndex(o => o.IsCorrect(state.Parameters));
    }

    /// <summary>The index of the option of a step that matches, so tests do not depend on the order options are written in.</summary>
    public static int IndexOf(Scenario scenario, string stepId, Func<Option, bool> match)
    {
        var index = scenario.Get(stepId).Options.ToList().FindIndex(o => match(o));
        Assert.True(index >= 0, $"no such option in step {stepId} of {scenario.Id}");
        return index;
    }

    public static int WrongIndex(Scenario scenario, WalkState state)
    {
        var step = scenario.Get(state.CurrentStep!);
        return step.Options.ToList().FindIndex(o => !o.IsCorrect(state.Parameters));
    }

    /// <summary>Answers right, two seconds after each prompt, until the end (or a step limit, to catch loops).</summary>
    public WalkState FinishRight(Scenario scenario, WalkState state)
    {
        for (var guard = 0; !state.Finished; guard++)
        {
            Assert.True(guard < 50, $"walk through {scenario.Id} did not finish; stuck near {state.CurrentStep}");
            var outcome = Engine.Answer(state, state.CurrentStep!, RightIndex(scenario, state), state.CurrentPromptedAt.AddSeconds(2));
            Assert.Equal(AnswerStatus.Accepted, outcome.Status);
            state = outcome.State;
        }
        return state;
    }
}
