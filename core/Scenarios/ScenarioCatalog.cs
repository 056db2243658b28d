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
    /// Loads templates/scenarios and checks citations against templates/plan/sections.yaml when
    /// that file exists; throws <see cref="ScenarioContentException"/> listing every problem.
    /// </summary>
    public static ScenarioCatalog Load(string templatesRoot)
    {
        var set = ScenarioLoader.LoadFolder(Path.Combine(templatesRoot, "scenarios"));
        var sectionsFile = Path.Combine(templatesRoot, "plan", "sections.yaml");
        var errors = new List<ScenarioError>();
        var sections = File.Exists(sectionsFile) ? ScenarioLoader.LoadSectionIds(sectionsFile, errors) : null;
        errors.AddRange(ScenarioValidator.Validate(set, sections));
        if (errors.Count > 0) throw new ScenarioContentException(errors);
        return new ScenarioCatalog(set.Scenarios, set.Actions);
    }
}
