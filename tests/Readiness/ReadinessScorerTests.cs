using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Scoring;
using Microsoft.Extensions.Time.Testing;
using static DrillPlatform.Tests.Readiness.ReadinessTestModel;

namespace DrillPlatform.Tests.Readiness;

public sealed class ReadinessScorerTests
{
    private readonly FakeTimeProvider time = new(Now);

    [Fact]
    public void Recall_RightAnswer_HalvesEveryIntervalOfItsBox()
    {
        var topic = TopicRecall.None.Add(Right(time.GetUtcNow(), box: 3)); // box 3 = 7 days
        Assert.Equal(1.0, topic.RecallAt(time.GetUtcNow()), 6);
        time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0.5, topic.RecallAt(time.GetUtcNow()), 6);
        time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0.25, topic.RecallAt(time.GetUtcNow()), 6);
    }

    [Fact]
    public void Recall_SumsOfQuestionsAnsweredAtDifferentTimes_EqualEachQuestionsOwnDecay()
    {
        var t0 = time.GetUtcNow();
        var topic = TopicRecall.None.Add(Right(t0, box: 5)).Add(Right(t0.AddDays(10), box: 2)); // 60 and 3 days
        time.Advance(TimeSpan.FromDays(16));

        var expected = Math.Pow(2, -16.0 / 60) + Math.Pow(2, -6.0 / 3);
        Assert.Equal(expected, topic.RecallAt(time.GetUtcNow()), 9);
    }

    [Fact]
    public void Recall_WrongAfterRight_TakesTheQuestionOut()
    {
        var now = time.GetUtcNow();
        var rollup = Trained(now).Answers(("f1", Right(now)), ("f1", Wrong(now.AddMinutes(1))), ("f2", Right(now)));

        var fire = Scorer().Score(Person(), rollup, now.AddMinutes(1)).Topics.Single(t => t.Topic == "fire");

        Assert.Equal(0.5, fire.Mastery, 3);
        Assert.Equal(1, fire.Recalled);
    }

    [Fact]
    public void Knowledge_IsMeanOverTopicsOfMeanRecall_OnlyTopicsTheRolesRequire()
    {
        var now = time.GetUtcNow();
        var rollup = Trained(now).Answers(("f1", Right(now)), ("f2", Wrong(now)));

        var staff = Scorer().Score(Person(), rollup, now);
        var leader = Scorer().Score(Person("p1", "leader"), rollup, now);

        // fire = (1 + 0) / 2, theft = 0 → 25; the leaders' roles topic adds a third topic at 0.
        Assert.Equal(25, staff.Knowledge!.Value, 6);
        Assert.Equal(["fire", "theft"], staff.Topics.Select(t => t.Topic));
        Assert.Equal(50.0 / 3, leader.Knowledge!.Value, 6);
        Assert.Contains(leader.Topics, t => t.Topic == "roles");
    }

    [Fact]
    public void Knowledge_DecaysAtReadTime_ScoreFallsAsTheClockMoves()
    {
        var rollup = Trained(time.GetUtcNow());
        var fresh = Scorer().Score(Person(), rollup, time.GetUtcNow());
        time.Advance(TimeSpan.FromDays(14)); // two box-3 intervals: recall 0.25
        var later = Scorer().Score(Person(), rollup, time.GetUtcNow());

        Assert.Equal(100, fresh.Knowledge!.Value, 6);
        Assert.Equal(25, later.Knowledge!.Value, 6);
        Assert.True(later.Score < fresh.Score);
    }

    [Fact]
    public void Drills_PromptedButNotAnswered_CountsAsZero()
    {
        var now = time.GetUtcNow();
        var rollup = Trained(now).Apply(r => RollupUpdates.Drill(r, Drill("d1", now, 0, answered: false), Model.DrillHalfLife));

        var readiness = Scorer().Score(Person(), rollup, now);

        Assert.Equal(50, readiness.Drills!.Value, 6);
        Assert.Contains(readiness.Reasons, r => r.Kind == "drill" && r.Text.En == "missed the Scenario fire-records-store drill of 30 Nov");
    }

    [Fact]
    public void Drills_AreRecencyWeighted_WithA90DayHalfLife()
    {
        var now = time.GetUtcNow();
        var rollup = Trained(now) with { Drills = DrillRollup.None };
        rollup = rollup.Apply(r => RollupUpdates.Drill(r, Drill("old", now.AddDays(-90), 100), Model.DrillHalfLife))
            .Apply(r => RollupUpdates.Drill(r, Drill("new", now, 40), Model.DrillHalfLife));

        // (100·½ + 40·1) / (½ + 1) = 60
        Assert.Equal(60, Scorer().Score(Person(), rollup, now).Drills!.Value, 6);
    }

    [Fact]
    public void Score_RenormalisesOverThePartsThatApply()
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
        var rollup = Trained(now).Answers(("f1", Right(now)), ("f2", Right(now)));
        var withChecks = rollup with
        {
            Checks = [new CheckRecord("c1", "ext-1", "monthly", today.AddDays(-10), today.AddDays(-12)), new CheckRecord("c2", "ext-1", "monthly", today.AddDays(-40), null)],
        };

        var noEquipment = Scorer().Score(Person(), rollup, now);
        var responsible = Scorer().Score(Person(), withChecks, now);

        // knowledge 50 (fire 1, theft 0), drills 100: (40·50 + 40·100) / 80 = 75.
        Assert.Null(noEquipment.Equipment);
        Assert.Equal(75, noEquipment.Score);
        // equipment 50 (one of two on time): (40·50 + 40·100 + 20·50) / 100 = 70.
        Assert.Equal(50, responsible.Equipment!.Value, 6);
        Assert.Equal(70, responsible.Score);
        Assert.Single(responsible.OverdueChecks);
    }

    [Fact]
    public void Gates_NoTrainingFor12Months_NotReadyWhateverTheScore()
    {
        var longAgo = time.GetUtcNow();
        var rollup = Trained(longAgo);
        time.Advance(TimeSpan.FromDays(370));
        var now = time.GetUtcNow();
        var refreshed = rollup.Answers(("f1", Right(now)), ("f2", Right(now)), ("t1", Right(now))) with { LastQuizAt = longAgo };

        var readiness = Scorer().Score(Person(), refreshed, now);

        Assert.True(readiness.Score >= Model.ReadyAt);
        Assert.Equal(ReadinessBand.NotReady, readiness.Band);
        Assert.Contains("training", readiness.FailedGates);
        Assert.Equal("gate-training", readiness.Reasons[0].Kind);
    }

    [Fact]
    public void Gates_NoDrillAnsweredFor6Months_NotReady_AndSaysSince()
    {
        var start = time.GetUtcNow();
        var rollup = Trained(start);
        time.Advance(TimeSpan.FromDays(200));
        var now = time.GetUtcNow();
        rollup = rollup.Answers(("f1", Right(now)), ("f2", Right(now)), ("t1", Right(now)));

        var readiness = Scorer().Score(Person(), rollup, now);

        Assert.Equal(["drill"], readiness.FailedGates);
        Assert.Equal(ReadinessBand.NotReady, readiness.Band);
        Assert.Equal("no drill answered since 30 Nov", readiness.Reasons[0].Text.En);
        Assert.Equal("自11月30日以来没有回应过演练", readiness.Reasons[0].Text.ZhCn);
    }

    [Theory]
    [InlineData(1.0, ReadinessBand.Ready)]   // knowledge 100 → 100
    [InlineData(0.5, ReadinessBand.AtRisk)]  // fire 1, theft 0 → knowledge 50 → (50+100)/2 = 75
    [InlineData(0.0, ReadinessBand.NotReady)] // knowledge 0 → 50
    public void Bands_ReadyAt80_AtRiskFrom60(double known, ReadinessBand band)
    {
        var now = time.GetUtcNow();
        var answers = new List<(string, QuestionRecall)>();
        if (known > 0) answers.AddRange([("f1", Right(now)), ("f2", Right(now))]);
        if (known == 1.0) answers.Add(("t1", Right(now)));
        var rollup = Trained(now).Answers([.. answers]);

        Assert.Equal(band, Scorer().Score(Person(), rollup, now).Band);
    }

    [Fact]
    public void Reasons_AreTheLargestShortfalls_WithOneNextStepOnTheWeakestTopic()
    {
        var now = time.GetUtcNow();
        var rollup = Trained(now).Answers(("f1", Right(now)));
        rollup = rollup.Apply(r => RollupUpdates.Drill(r, Drill("d1", now, 90), Model.DrillHalfLife));

        var readiness = Scorer().Score(Person(), rollup, now);

        Assert.InRange(readiness.Reasons.Count, 1, ReadinessScorer.MaxReasons);
        Assert.Equal("topic", readiness.Reasons[0].Kind);
        Assert.Equal("Theft: 0 of 1 recalled", readiness.Reasons[0].Text.En);
        Assert.Equal("Fire response: 1 of 2 recalled", readiness.Reasons[1].Text.En);
        Assert.True(readiness.Reasons.Zip(readiness.Reasons.Skip(1)).All(p => p.First.Shortfall >= p.Second.Shortfall));
        Assert.Equal("quiz", readiness.NextStep.Kind);
        Assert.Equal("theft", readiness.NextStep.Topic);
        Assert.Equal("take a quiz on Theft", readiness.NextStep.Text.En);
    }

    [Fact]
    public void Reasons_NeverEmpty_EvenWithNoShortfall()
    {
        var now = time.GetUtcNow();
        var readiness = Scorer().Score(Person(), Trained(now), now);

        Assert.Equal(100, readiness.Score);
        Assert.Equal("none", Assert.Single(readiness.Reasons).Kind);
        Assert.Equal("keep", readiness.NextStep.Kind);
    }

    [Fact]
    public void Score_OfSomeoneWithNoHistory_IsNotReadyWithGateReasons()
    {
        var readiness = Scorer().Score(Person(), null, time.GetUtcNow());

        Assert.Equal(0, readiness.Score);
        Assert.Equal(ReadinessBand.NotReady, readiness.Band);
        Assert.Equal(["gate-training", "gate-drill"], readiness.Reasons.Take(2).Select(r => r.Kind));
        Assert.Equal("never answered a drill", readiness.Reasons[1].Text.En);
        Assert.False(string.IsNullOrEmpty(readiness.NextStep.Text.ZhCn));
    }
}
