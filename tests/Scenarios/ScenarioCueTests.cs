namespace DrillPlatform.Tests.Scenarios;

/// <summary>
/// What the shipped walk-throughs teach and whether they can be passed without knowing the plan:
/// always picking the first option written must fail, every step offers a real choice, and the
/// fire walk puts people before records.
/// </summary>
[Trait("Category", "Unit")]
public class ScenarioCueTests
{
    private static readonly ScenarioCatalog Catalog = ScenarioFiles.Catalog;
    private readonly Walker walker = new(Catalog);

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void FirstOption_WhenChosenAtEveryStep_ScoresBelow60(string id)
    {
        var scenario = Catalog.Get(id);
        foreach (var afterHours in new[] { false, true })
        {
            var state = walker.Engine.Start(scenario, Walker.Parameters(scenario, afterHours), Walker.T0);
            for (var guard = 0; !state.Finished; guard++)
            {
                Assert.True(guard < 50, $"{id} did not finish choosing the first option");
                state = walker.Engine.Answer(state, state.CurrentStep!, 0, state.CurrentPromptedAt.AddSeconds(2)).State;
            }
            var score = walker.Engine.Debrief(state).Score.Score;
            Assert.True(score < 60, $"{id} (afterHours={afterHours}) scores {score} choosing the first option everywhere");
        }
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void EveryStep_OffersAtLeastThreeOptionsWithFeedbackOnEachWrongOne(string id)
    {
        var scenario = Catalog.Get(id);
        Assert.All(scenario.Steps, step =>
        {
            Assert.True(step.Options.Count >= 3, $"step {step.Id} of {id} has {step.Options.Count} options");
            Assert.All(step.Options.Where(o => !o.Correct && o.CorrectWhen is null), o =>
                Assert.True(o.Feedback.ZhCn.Length > 10 && o.Feedback.En.Length > 20, $"thin feedback in {id}/{step.Id}"));
        });
    }

    [Fact]
    public void FireWalk_WhenTheStoreFillsWithSmoke_TeachesLeavingAndTheHeadCountNeverGoingIn()
    {
        var fire = Catalog.Get("fire-records-store");
        var plan = ScenarioPath.PlanOrder(fire, Walker.Parameters(fire));
        Assert.Contains("leave-close-door", plan);
        Assert.Contains("head-count", plan);
        Assert.True(plan.ToList().IndexOf("head-count") < plan.ToList().IndexOf("records-first"), "people are counted before records are moved");

        // Every option that sends someone into the smoke is wrong and its feedback says it is dangerous.
        foreach (var stepId in new[] { "fire-spreads", "smoke-danger", "smoke-builds", "head-count" })
        {
            var wrong = fire.Get(stepId).Options.Where(o => !o.Correct).ToList();
            Assert.Contains(wrong, o => o.Feedback.ZhCn.Contains("危险") && o.Feedback.En.Contains("angerous"));
        }
    }

    [Fact]
    public void RescuedRecords_AreNeverRightToStackInTheCorridor()
    {
        foreach (var scenario in Catalog.Scenarios)
        foreach (var step in scenario.Steps)
        foreach (var option in step.Options.Where(o => o.Text.ZhCn.Contains("走廊") && o.Text.ZhCn.Contains("堆")))
            Assert.False(option.Correct || option.CorrectWhen is not null, $"{scenario.Id}/{step.Id} stores records in the corridor");
    }

    [Theory]
    [InlineData("typhoon-store", "night", "raise-alarm")]
    [InlineData("typhoon-store", "escalate", "trigger-hospital-plan")]
    [InlineData("typhoon-store", "obey", "obey-commander")]
    [InlineData("store-water", "logistics", "notify-admin-logistics")]
    [InlineData("store-water", "wet", "salvage-wet-records")]
    [InlineData("ransomware", "screen", "isolate-infected")]
    [InlineData("theft-discovered", "breach", "report-data-breach")]
    public void NewScenario_WhenWalkedRight_PerformsThePlansActionAtItsStep(string id, string stepId, string action)
    {
        var scenario = Catalog.Get(id);
        foreach (var afterHours in new[] { false, true })
        {
            var state = walker.FinishRight(scenario, walker.Engine.Start(scenario, Walker.Parameters(scenario, afterHours), Walker.T0));
            var record = Assert.Single(state.History, r => r.StepId == stepId);
            Assert.True(record.Correct);
            Assert.Equal(action, record.Action);
        }
    }

    [Fact]
    public void TheftWalk_NeverCountsWhatIsMissingBeforeThePoliceHaveExaminedTheScene()
    {
        var theft = Catalog.Get("theft-discovered");
        var plan = ScenarioPath.Right(theft, Walker.Parameters(theft)).Select(s => s.Id).ToList();
        Assert.True(plan.IndexOf("protect-scene") < plan.IndexOf("inventory"));
        // Any option that counts or searches before the police is wrong.
        foreach (var step in new[] { "discover", "protect-scene" })
            Assert.All(theft.Get(step).Options.Where(o => o.Text.ZhCn.Contains("清点") || o.Text.ZhCn.Contains("看看少了")),
                o => Assert.False(o.Correct || o.CorrectWhen is not null));
    }

    [Fact]
    public void LeakWalk_LeavesCuttingThePowerToMaintenance()
    {
        var leak = Catalog.Get("water-leak-records-office");
        var right = ScenarioPath.RightOption(leak.Get("cut-power"), Walker.Parameters(leak))!;
        Assert.Contains("维修人员", right.Text.ZhCn);
        Assert.Contains("maintenance", right.Text.En);
        Assert.All(leak.Get("cut-power").Options.Where(o => !o.Correct), o => Assert.Contains("angerous", o.Feedback.En));
    }
}
