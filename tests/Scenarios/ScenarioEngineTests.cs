namespace DrillPlatform.Tests.Scenarios;

[Trait("Category", "Unit")]
public class ScenarioEngineTests
{
    private static readonly ScenarioCatalog Catalog = ScenarioFiles.Catalog;
    private readonly Walker walker = new(Catalog);
    private readonly Scenario fire = Catalog.Get("fire-records-store");

    private WalkState AtReportStep(bool afterHours)
    {
        var state = walker.Engine.Start(fire, Walker.Parameters(fire, afterHours), Walker.T0);
        while (state.CurrentStep != "report")
            state = walker.Engine.Answer(state, state.CurrentStep!, Walker.RightIndex(fire, state), state.CurrentPromptedAt.AddSeconds(1)).State;
        return state;
    }

    [Theory]
    [InlineData(false, 0, true)]
    [InlineData(false, 1, false)]
    [InlineData(true, 0, false)]
    [InlineData(true, 1, true)]
    public void ReportStep_DependsOnAfterHours_FinderInWorkingHoursOnDutyPersonAfter(bool afterHours, int option, bool right)
    {
        var state = AtReportStep(afterHours);
        var outcome = walker.Engine.Answer(state, "report", option, state.CurrentPromptedAt.AddSeconds(3));
        Assert.Equal(right, outcome.Correct);
        var done = walker.FinishRight(fire, outcome.State);
        Assert.Equal(right ? [] : new[] { "report-chain" }, walker.Engine.Debrief(done).Score.MissedActions);
    }

    [Fact]
    public void Answer_WhenTheStepIsNotCurrent_IsStaleAndChangesNothing()
    {
        var state = walker.Engine.Start(fire, Walker.Parameters(fire), Walker.T0);
        var outcome = walker.Engine.Answer(state, "handover", 0, Walker.T0.AddSeconds(2));
        Assert.Equal(AnswerStatus.Stale, outcome.Status);
        Assert.Same(state, outcome.State);
    }

    [Fact]
    public void Answer_WhenSubmittedTwice_CountsOnceAndRepeatsTheFirstFeedback()
    {
        var state = walker.Engine.Start(fire, Walker.Parameters(fire), Walker.T0);
        var first = walker.Engine.Answer(state, "discover", 1, Walker.T0.AddSeconds(4));
        var second = walker.Engine.Answer(first.State, "discover", 0, Walker.T0.AddSeconds(5));

        Assert.Equal(AnswerStatus.Duplicate, second.Status);
        Assert.Same(first.State, second.State);
        Assert.Single(second.State.History);
        Assert.False(second.Correct);
        Assert.Equal(first.Feedback, second.Feedback);
        Assert.Equal("fire-spreads", second.Next);
    }

    [Fact]
    public void Answer_WhenTheWalkHasFinished_IsADuplicateNotANewAnswer()
    {
        var done = walker.FinishRight(fire, walker.Engine.Start(fire, Walker.Parameters(fire), Walker.T0));
        var outcome = walker.Engine.Answer(done, "aftermath", 1, done.FinishedAt!.Value.AddSeconds(1));
        Assert.Equal(AnswerStatus.Duplicate, outcome.Status);
        Assert.True(outcome.Correct);
        Assert.Equal(100, walker.Engine.Debrief(outcome.State).Score.Score);
    }

    [Fact]
    public void Answer_AfterTheDeadline_IsTooLateAndTheStepTimesOut()
    {
        var state = walker.Engine.Start(fire, Walker.Parameters(fire), Walker.T0);
        var outcome = walker.Engine.Answer(state, "discover", 0, Walker.T0.AddSeconds(90));
        Assert.Equal(AnswerStatus.TooLate, outcome.Status);
        Assert.True(outcome.State.History[0].TimedOut);
        Assert.Equal("call-facts", outcome.State.CurrentStep);
        Assert.Equal(AnswerStatus.TooLate, walker.Engine.Answer(outcome.State, "discover", 0, Walker.T0.AddSeconds(91)).Status);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Answer_WithAnOptionTheStepDoesNotHave_IsRejected(int option)
    {
        var state = walker.Engine.Start(fire, Walker.Parameters(fire), Walker.T0);
        var outcome = walker.Engine.Answer(state, "discover", option, Walker.T0.AddSeconds(1));
        Assert.Equal(AnswerStatus.InvalidOption, outcome.Status);
        Assert.Same(state, outcome.State);
    }

    [Fact]
    public void WalkState_WhenStoredAsJsonAndRead_ContinuesWhereItLeftOff()
    {
        var state = walker.Engine.Start(fire, Walker.Parameters(fire, afterHours: true), Walker.T0);
        state = walker.Engine.Answer(state, "discover", 2, Walker.T0.AddSeconds(3)).State;

        var json = JsonSerializer.Serialize(state);
        var read = JsonSerializer.Deserialize<WalkState>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(read));
        Assert.Equal("true", read.Parameters["afterHours"]);
        Assert.Equal(AnswerStatus.Duplicate, walker.Engine.Answer(read, "discover", 0, Walker.T0.AddSeconds(4)).Status);
        Assert.True(walker.FinishRight(fire, read).Finished);
    }

    [Fact]
    public void Start_WhenAParameterIsMissing_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => walker.Engine.Start(fire, new Dictionary<string, string> { ["room"] = "r" }, Walker.T0));
        Assert.Contains("afterHours", error.Message);
    }

    [Fact]
    public void Start_WhenAValueIsNotOneOfTheDeclared_ThrowsListingTheChoices()
    {
        var parameters = new Dictionary<string, string>(Walker.Parameters(fire)) { ["afterHours"] = "maybe" };
        var error = Assert.Throws<ArgumentException>(() => walker.Engine.Start(fire, parameters, Walker.T0));
        Assert.Contains("false, true", error.Message);
    }

    [Fact]
    public void Current_ShowsThePromptWithTheRoomAndTimeFilledInBothLanguages()
    {
        var view = walker.Engine.Current(walker.Engine.Start(fire, Walker.Parameters(fire, afterHours: true), Walker.T0))!;
        Assert.Contains("病案库房（一）", view.Prompt.ZhCn);
        Assert.Contains("Records Store 1", view.Prompt.En);
        Assert.Contains("on-duty person", view.Prompt.En);
        Assert.DoesNotContain("{", view.Prompt.ZhCn + view.Prompt.En);
        Assert.Equal(3, view.Options.Count);
        Assert.Equal(Walker.T0.AddSeconds(90), view.Deadline);
    }
}
