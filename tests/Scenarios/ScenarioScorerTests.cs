namespace DrillPlatform.Tests.Scenarios;

[Trait("Category", "Unit")]
public class ScenarioScorerTests
{
    private static readonly ScenarioCatalog Catalog = ScenarioFiles.Catalog;
    private readonly Walker walker = new(Catalog);
    private readonly Scenario leak = Catalog.Get("water-leak-records-office");

    private WalkState Answer(WalkState state, int option, int afterSeconds = 2) =>
        walker.Engine.Answer(state, state.CurrentStep!, option, state.CurrentPromptedAt.AddSeconds(afterSeconds)).State;

    private int Right(WalkState state) => Walker.RightIndex(leak, state);

    [Fact]
    public void Score_WhenRecordsAreMovedBeforeThePowerIsCut_LosesOrderAndMissesCutPower()
    {
        var state = walker.Engine.Start(leak, Walker.Parameters(leak), Walker.T0);
        state = Answer(state, Right(state)); // report
        state = Answer(state, Right(state)); // call maintenance
        Assert.Equal("cut-power", state.CurrentStep);
        state = Answer(state, Walker.IndexOf(leak, "cut-power", o => o.Action == "move-records")); // wade in for the records first
        state = walker.FinishRight(leak, state);

        var score = ScenarioScorer.Score(leak, state);

        // 8 plan steps, the cut-power one missed; move-records came before cut-power and contain-leak.
        Assert.Equal(["cut-power"], score.MissedActions);
        Assert.Equal(7.0 / 8, score.Correctness, 6);
        Assert.Equal(7.0 / 8, score.Order, 6);
        Assert.Equal(7.0 / 8, score.Speed, 6);
        Assert.InRange(score.Score, 87, 88);
    }

    [Fact]
    public void Score_WhenAnswersComeLate_LosesSpeedButNotCorrectness()
    {
        var state = walker.Engine.Start(leak, Walker.Parameters(leak), Walker.T0);
        state = Answer(state, Right(state), afterSeconds: 72);   // 72 of 90 s: promptness 2 × (1 − 0.8) = 0.4
        state = walker.FinishRight(leak, state);

        var score = ScenarioScorer.Score(leak, state);

        Assert.Equal(1, score.Correctness);
        Assert.Equal((7 + 0.4) / 8, score.Speed, 6);
        Assert.Equal((int)Math.Round(100 * (0.6 + 0.2 + 0.2 * 7.4 / 8)), score.Score);
    }

    [Fact]
    public void Score_WhenAConsequenceStepPutsItRight_StillListsThePlanStepAsMissed()
    {
        var state = walker.Engine.Start(leak, Walker.Parameters(leak), Walker.T0);
        state = Answer(state, Walker.IndexOf(leak, "discover", o => o.Next == "leak-worse")); // mop it up alone
        Assert.Equal("leak-worse", state.CurrentStep);
        state = walker.FinishRight(leak, state);

        var score = ScenarioScorer.Score(leak, state);

        Assert.Equal(["report-chain"], score.MissedActions);
        Assert.Equal(1, score.Order);
    }
}
