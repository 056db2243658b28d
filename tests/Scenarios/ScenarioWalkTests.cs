namespace DrillPlatform.Tests.Scenarios;

[Trait("Category", "Unit")]
public class ScenarioWalkTests
{
    private static readonly ScenarioCatalog Catalog = ScenarioFiles.Catalog;
    private readonly Walker walker = new(Catalog);

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void RightPath_WhenAnsweredPromptly_Scores100WithNothingMissed(string id)
    {
        var scenario = Catalog.Get(id);
        foreach (var afterHours in new[] { false, true })
        {
            var state = walker.FinishRight(scenario, walker.Engine.Start(scenario, Walker.Parameters(scenario, afterHours), Walker.T0));
            var debrief = walker.Engine.Debrief(state);
            Assert.True(debrief.Finished);
            Assert.Equal(100, debrief.Score.Score);
            Assert.Empty(debrief.Missed);
            Assert.Empty(debrief.Score.MissedActions);
            Assert.All(debrief.Steps, s => Assert.Equal(StepResult.Right, s.Result));
        }
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void WrongTurn_AtTheFirstStep_GivesFeedbackAndIsListedAsMissed(string id)
    {
        var scenario = Catalog.Get(id);
        var state = walker.Engine.Start(scenario, Walker.Parameters(scenario), Walker.T0);
        var rightAction = ScenarioPath.RightOption(scenario.Get(scenario.Start), state.Parameters)!.Action!;

        var outcome = walker.Engine.Answer(state, scenario.Start, Walker.WrongIndex(scenario, state), Walker.T0.AddSeconds(5));

        Assert.Equal(AnswerStatus.Accepted, outcome.Status);
        Assert.False(outcome.Correct);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Feedback!.ZhCn));
        Assert.False(string.IsNullOrWhiteSpace(outcome.Feedback.En));
        var debrief = walker.Engine.Debrief(walker.FinishRight(scenario, outcome.State));
        Assert.Equal(StepResult.Wrong, debrief.Steps[0].Result);
        Assert.Contains(rightAction, debrief.Missed.Select(a => a.Id));
        Assert.InRange(debrief.Score.Score, 1, 99);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void Timeout_WhenTheFirstStepRunsOut_MovesOnAndCountsItMissed(string id)
    {
        var scenario = Catalog.Get(id);
        var start = scenario.Get(scenario.Start);
        var state = walker.Engine.Start(scenario, Walker.Parameters(scenario), Walker.T0);

        Assert.Empty(walker.Engine.Timeout(state, Walker.T0 + start.TimeLimit - TimeSpan.FromSeconds(1)).TimedOutSteps);
        var outcome = walker.Engine.Timeout(state, Walker.T0 + start.TimeLimit);

        Assert.Equal([scenario.Start], outcome.TimedOutSteps);
        Assert.Equal(ScenarioPath.TimeoutTarget(start, state.Parameters), outcome.State.CurrentStep);
        Assert.Equal(Walker.T0 + start.TimeLimit, outcome.State.CurrentPromptedAt);
        var debrief = walker.Engine.Debrief(walker.FinishRight(scenario, outcome.State));
        Assert.Equal(StepResult.TimedOut, debrief.Steps[0].Result);
        Assert.Null(debrief.Steps[0].Latency);
        Assert.Contains(ScenarioPath.RightOption(start, state.Parameters)!.Action!, debrief.Score.MissedActions);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void Silence_WhenNobodyAnswersAtAll_TimesOutToTheEndWithEverythingMissed(string id)
    {
        var scenario = Catalog.Get(id);
        var state = walker.Engine.Start(scenario, Walker.Parameters(scenario), Walker.T0);

        var outcome = walker.Engine.Timeout(state, Walker.T0.AddDays(1));

        Assert.True(outcome.State.Finished);
        var debrief = walker.Engine.Debrief(outcome.State);
        Assert.Equal(0, debrief.Score.Score);
        Assert.Equal(debrief.PlanOrder.Select(a => a.Id), debrief.Missed.Select(a => a.Id));
        Assert.All(debrief.Steps, s => Assert.Equal(StepResult.TimedOut, s.Result));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void Debrief_Always_ListsThePlansActionsInOrderWithTheirNames(string id)
    {
        var scenario = Catalog.Get(id);
        var state = walker.FinishRight(scenario, walker.Engine.Start(scenario, Walker.Parameters(scenario), Walker.T0));

        var debrief = walker.Engine.Debrief(state);

        Assert.Equal(ExpectedPlanOrder[id], debrief.PlanOrder.Select(a => a.Id));
        Assert.All(debrief.PlanOrder, a => Assert.True(a.Done && a.Name.En.Length > 0 && a.Name.ZhCn.Length > 0));
    }

    // The plan's order, written out by hand from domain.md so a content edit that reorders it fails here.
    private static readonly Dictionary<string, string[]> ExpectedPlanOrder = new()
    {
        ["fire-records-store"] = ["call-119", "give-six-facts", "note-call-time", "report-chain", "use-extinguisher", "leave-close-door", "meet-engines", "head-count", "handover-command", "records-first", "store-rescued-records", "keep-cordon", "protect-scene"],
        ["water-leak-records-office"] = ["report-chain", "call-maintenance", "cut-power", "contain-leak", "move-records", "guard-records", "salvage-wet-records", "restore-records"],
        ["theft-discovered"] = ["report-chain", "seal-exits", "note-suspect", "call-110", "protect-scene", "list-stolen", "report-data-breach"],
        ["power-outage"] = ["call-maintenance", "unplug-equipment", "report-chain", "no-open-flame", "paper-downtime"],
        ["backup-failure"] = ["notify-maintainer", "contact-vendor", "backup-now", "verify-restore", "report-chain", "restore-records"],
        ["unauthorised-access"] = ["refuse-access", "check-authorisation", "report-chain", "preserve-evidence", "secure-account"],
        ["store-water"] = ["report-chain", "notify-admin-logistics", "salvage-priority", "store-rescued-records", "drain-water", "salvage-wet-records", "restore-records"],
        ["typhoon-store"] = ["prepare-for-flood", "raise-alarm", "trigger-hospital-plan", "obey-commander", "head-count", "wait-until-safe"],
        ["earthquake"] = ["shelter-in-quake", "head-count", "report-chain", "wait-until-safe"],
        ["epidemic"] = ["follow-infection-control", "log-lending", "report-chain"],
        ["ransomware"] = ["isolate-infected", "report-chain", "paper-downtime", "report-data-breach", "restore-records"],
    };
}
