using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Tests.Scenarios;

[Trait("Category", "Unit")]
public class ScenarioScorerTests
{
    private static readonly ScenarioCatalog Catalog = ScenarioFiles.Catalog;
    private readonly Walker walker = new(Catalog);
    private readonly Scenario leak = Catalog.Get("water-leak-records-office");

    private WalkState Answer(WalkState state, int option, int afterSeconds = 2) =>
        walker.Engine.Answer(state, state.CurrentStep!, option, state.CurrentPromptedAt.AddSeconds(afterSeconds)).State;

    [Fact]
    public void Score_WhenRecordsAreMovedBeforeThePowerIsCut_LosesOrderAndMissesCutPower()
    {
        var state = walker.Engine.Start(leak, Walker.Parameters(leak), Walker.T0);
        state = Answer(state, 0);            // report
        state = Answer(state, 0);            // call maintenance
        state = Answer(state, 2);            // cut-power step: carry the records out first
        state = walker.FinishRight(leak, state);

        var score = ScenarioScorer.Score(leak, state);

        Assert.Equal(["cut-power"], score.MissedActions);
        Assert.Equal(6.0 / 7, score.Correctness, 6);
        Assert.Equal(6.0 / 7, score.Order, 6);  // move-records came before cut-power and contain-leak
        Assert.Equal(6.0 / 7, score.Speed, 6);
        Assert.Equal(86, score.Score);
    }

    [Fact]
    public void Score_WhenAnswersComeLate_LosesSpeedButNotCorrectness()
    {
        var state = walker.Engine.Start(leak, Walker.Parameters(leak), Walker.T0);
        state = Answer(state, 0, afterSeconds: 72);   // 72 of 90 s: promptness 2 × (1 − 0.8) = 0.4
        state = walker.FinishRight(leak, state);

        var score = ScenarioScorer.Score(leak, state);

        Assert.Equal(1, score.Correctness);
        Assert.Equal((6 + 0.4) / 7, score.Speed, 6);
        Assert.Equal((int)Math.Round(100 * (0.6 + 0.2 + 0.2 * 6.4 / 7)), score.Score);
    }

    [Fact]
    public void Score_WhenAConsequenceStepPutsItRight_StillListsThePlanStepAsMissed()
    {
        var state = walker.Engine.Start(leak, Walker.Parameters(leak), Walker.T0);
        state = Answer(state, 2);            // mop it up alone -> leak-worse
        Assert.Equal("leak-worse", state.CurrentStep);
        state = walker.FinishRight(leak, state);

        var score = ScenarioScorer.Score(leak, state);

        Assert.Equal(["report-chain"], score.MissedActions);
        Assert.Equal(1, score.Order);
    }
}
