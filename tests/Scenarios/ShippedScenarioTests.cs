namespace DrillPlatform.Tests.Scenarios;

[Trait("Category", "Unit")]
public class ShippedScenarioTests
{
    [Fact]
    public void ShippedScenarios_WhenLoadedAndValidated_HaveNoErrors()
    {
        var set = ScenarioLoader.Load(ScenarioFiles.Templates);
        var errors = ScenarioValidator.Validate(set, ScenarioFiles.Sections.Select(s => s.Id).ToHashSet());
        Assert.Empty(errors.Select(e => e.ToString()));
        Assert.Equal(ScenarioFiles.Ids.Order(), set.Scenarios.Select(s => s.Id).Order());
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void Scenario_WhenShipped_HasBothLanguagesInEveryText(string id)
    {
        var scenario = ScenarioFiles.Catalog.Get(id);
        var texts = scenario.Steps
            .SelectMany(s => s.Options.SelectMany(o => new[] { o.Text, o.Feedback }).Append(s.Prompt))
            .Append(scenario.Title);
        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(t.En));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", t.ZhCn);
        });
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void Scenario_WhenShipped_CitesThePlanOnEveryStepAndAction(string id)
    {
        var scenario = ScenarioFiles.Catalog.Get(id);
        Assert.All(scenario.Steps, s => Assert.NotEmpty(s.Citation));
        var actions = scenario.Steps.SelectMany(s => s.Options).Select(o => o.Action).OfType<string>();
        Assert.All(actions, a => Assert.NotEmpty(ScenarioFiles.Catalog.Action(a)!.Citation));
    }

    [Fact]
    public void Additions_WhenShipped_AreMarkedWithAReason()
    {
        var additions = ScenarioFiles.Catalog.Actions.Where(a => a.Citation.Contains(ScenarioValidator.AdditionSection)).ToList();
        Assert.Equal(
            ["verify-restore", "preserve-evidence", "secure-account", "leave-close-door", "head-count", "salvage-wet-records", "salvage-priority",
             "shelter-in-quake", "prepare-for-flood", "follow-infection-control", "report-data-breach", "isolate-infected", "paper-downtime", "wait-until-safe"],
            additions.Select(a => a.Id));
        Assert.All(additions, a => Assert.True(a.Addition!.Length > 40));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void EveryOption_WhenChosenAndThenAnsweredRight_ReachesTheEnd(string id)
    {
        var scenario = ScenarioFiles.Catalog.Get(id);
        var walker = new Walker(ScenarioFiles.Catalog);
        foreach (var afterHours in new[] { false, true })
        foreach (var step in scenario.Steps)
        for (var i = 0; i < step.Options.Count; i++)
        {
            var state = walker.Engine.Start(scenario, Walker.Parameters(scenario, afterHours), Walker.T0) with { CurrentStep = step.Id };
            var outcome = walker.Engine.Answer(state, step.Id, i, Walker.T0.AddSeconds(1));
            Assert.Equal(AnswerStatus.Accepted, outcome.Status);
            Assert.True(walker.FinishRight(scenario, outcome.State).Finished);
        }
    }
}
