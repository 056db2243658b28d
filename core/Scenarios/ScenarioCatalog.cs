namespace DrillPlatform.Core.Scenarios;

/// <summary>The validated scenarios and plan actions the engine walks.</summary>
public sealed class ScenarioCatalog(IReadOnlyList<Scenario> scenarios, IReadOnlyList<PlanAction> actions)
{
    public IReadOnlyList<Scenario> Scenarios { get; } = scenarios;
    public IReadOnlyList<PlanAction> Actions { get; } = actions;

    public Scenario? Find(string id) => Scenarios.FirstOrDefault(s => s.Id == id);

    public Scenario Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"No scenario '{id}'. Known: {string.Join(", ", Scenarios.Select(s => s.Id))}.");

    public PlanAction? Action(string id) => Actions.FirstOrDefault(a => a.Id == id);

    /// <summary>
    /// Loads templates/scenarios and validates it, citations against the plan's sections
    /// (ContentBundle.Sections); throws <see cref="ContentValidationException"/> listing every problem.
    /// </summary>
    /// <param name="site">When given, every {site.key} must be one of its contacts or places.</param>
    public static ScenarioCatalog Load(string templatesRoot, IEnumerable<PlanSection>? sections = null, Site? site = null)
    {
        var set = ScenarioLoader.Load(templatesRoot);
        var errors = ScenarioValidator.Validate(set, sections?.Select(s => s.Id).ToHashSet(), site is null ? null : SiteFacts.Keys(site));
        if (errors.Count > 0) throw new ContentValidationException(errors);
        return new ScenarioCatalog(set.Scenarios, set.Actions);
    }
}
