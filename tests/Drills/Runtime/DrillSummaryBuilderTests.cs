using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Tests.Scenarios;

namespace DrillPlatform.Tests.Drills.Runtime;

[Trait("Category", "Unit")]
public class DrillSummaryBuilderTests
{
    private static readonly DateTimeOffset T0 = Walker.T0;
    private static readonly ScenarioCatalog Catalog = ScenarioFiles.Catalog;
    private static readonly Scenario Fire = Catalog.Get("fire-records-store");
    private readonly Walker walker = new(Catalog);

    private static readonly Drill Drill = new()
    {
        Id = "d1", ScenarioId = Fire.Id, Department = "records", LocalDate = new DateOnly(2025, 3, 12), PlannedAt = T0,
        Status = DrillStatus.Closed, LaunchedAt = T0, ResponseDeadlineMinutes = 30,
    };

    private (DrillSummary Summary, IReadOnlyList<ParticipantScore> Scores) Build()
    {
        var parameters = Walker.Parameters(Fire);
        var right = walker.FinishRight(Fire, walker.Engine.Start(Fire, parameters, T0.AddMinutes(1)));
        var started = walker.Engine.Start(Fire, parameters, T0.AddMinutes(3));
        var wrong = walker.Engine.Answer(started, Fire.Start, Walker.WrongIndex(Fire, started), T0.AddMinutes(3).AddSeconds(5)).State;
        Participant P(string id, ParticipantStatus status) => new() { DrillId = "d1", PersonId = id, Status = status, PromptedAt = T0 };
        var participants = new[]
        {
            P("p1", ParticipantStatus.Answered) with { AnsweredAt = T0.AddMinutes(1) },
            P("p2", ParticipantStatus.Answered) with { AnsweredAt = T0.AddMinutes(3), EscalatedAt = T0.AddMinutes(2) },
            P("p3", ParticipantStatus.Escalated) with { EscalatedAt = T0.AddMinutes(10) },
            P("p4", ParticipantStatus.Failed) with { PromptedAt = null, Reason = DrillPromptReasons.NoConversation },
        };
        var walks = new[] { new StoredWalk("d1", "p1", right, "en"), new StoredWalk("d1", "p2", wrong, "en") };
        var people = participants.ToDictionary(p => p.PersonId, p => new DrillPlatform.Core.Roster.StaffMember(p.PersonId, "Name " + p.PersonId, "", "records", [], null, "en"));
        var site = new SiteRegistry(ContentLoader.Load(ScenarioFiles.Templates).Site);
        return new DrillSummaryBuilder(Catalog, walker.Engine, site).Build(Drill, participants, walks, people, T0.AddMinutes(30));
    }

    [Fact]
    public void Build_CountsParticipationEscalationsAndFailures()
    {
        var (summary, _) = Build();

        Assert.Equal((4, 2, 2, 1), (summary.Participants, summary.Answered, summary.Escalated, summary.Failed));
        Assert.Equal(TimeSpan.FromMinutes(2), summary.MedianTimeToAnswer); // 1 and 3 minutes
    }

    [Fact]
    public void Build_CountsEachStepByFirstAnswerAndWhoNeverReachedIt()
    {
        var (summary, _) = Build();

        var first = summary.Steps[0];
        Assert.Equal(Fire.Start, first.StepId);
        Assert.Equal((1, 1, 0, 2), (first.Right, first.Wrong, first.TimedOut, first.NotReached));
        Assert.Equal(ScenarioPath.Right(Fire, Walker.Parameters(Fire)).Select(s => s.Id), summary.Steps.Take(ScenarioPath.Right(Fire, Walker.Parameters(Fire)).Count).Select(s => s.StepId));
        Assert.Contains(summary.Steps.Skip(1), s => s.TimedOut == 1); // p2's walk ran out of time after the wrong turn
    }

    [Fact]
    public void Build_ScoresAWalkAndGivesZeroWithEveryActionMissedWithoutOne()
    {
        var (summary, scores) = Build();

        var byPerson = scores.ToDictionary(s => s.PersonId);
        Assert.Equal(100, byPerson["p1"].Score);
        Assert.Empty(byPerson["p1"].MissedActions);
        Assert.True(byPerson["p2"].Score < 100);
        Assert.NotEmpty(byPerson["p2"].MissedActions);
        Assert.Equal(0, byPerson["p3"].Score);
        Assert.Equal(ScenarioPath.PlanOrder(Fire, Walker.Parameters(Fire)).Order(), byPerson["p3"].MissedActions.Order());
        Assert.Equal("p1", summary.People[^1].PersonId); // lowest scores first, where a trainer looks
        Assert.Equal(DrillPromptReasons.NoConversation, summary.People.Single(p => p.PersonId == "p4").Reason);
    }

    [Fact]
    public void Median_OfNoAnswers_IsNull()
    {
        Assert.Null(DrillSummaryBuilder.Median([]));
        Assert.Equal(TimeSpan.FromSeconds(5), DrillSummaryBuilder.Median([TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)]));
    }
}
