using DrillPlatform.Tests.Scenarios;

namespace DrillPlatform.Tests.Content;

/// <summary>The content covers the whole plan (templates/README.md lists the coverage): nothing in it goes untaught.</summary>
[Trait("Category", "Unit")]
public class PlanCoverageTests
{
    private static readonly ContentBundle Bundle = ContentLoader.Load(TempContent.Shipped);

    [Fact]
    public void EveryPlanSection_IsCitedByAQuestionOrAWalkStep()
    {
        var cited = Bundle.Questions.Select(q => q.Citation)
            .Concat(ScenarioFiles.Catalog.Scenarios.SelectMany(s => s.Steps.SelectMany(step => step.Citation)))
            .ToHashSet();
        var uncovered = Bundle.Sections.Select(s => s.Id).Where(id => !cited.Contains(id)).ToList();
        Assert.True(uncovered.Count == 0, "uncovered plan sections: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void EveryPlanAction_IsPerformedByTheRightAnswerOfSomeWalkStep()
    {
        var performed = ScenarioFiles.Catalog.Scenarios
            .SelectMany(s => s.Steps.SelectMany(step => step.Options.Where(o => o.Correct || o.CorrectWhen is not null)))
            .Select(o => o.Action)
            .ToHashSet();
        var unperformed = ScenarioFiles.Catalog.Actions.Select(a => a.Id).Where(id => !performed.Contains(id)).ToList();
        Assert.True(unperformed.Count == 0, "actions no walk performs: " + string.Join(", ", unperformed));
    }

    [Fact]
    public void TheScopesIncidents_EachHaveAWalkThrough()
    {
        // The plan's scope: natural disasters, accidents and public-health incidents, in the store and the office.
        var ids = ScenarioFiles.Catalog.Scenarios.Select(s => s.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "earthquake", "typhoon-store", "epidemic", "store-water", "fire-records-store", "ransomware" }, ids);
    }
}
