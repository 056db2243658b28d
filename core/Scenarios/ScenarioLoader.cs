namespace DrillPlatform.Core.Scenarios;

/// <summary>What templates/scenarios holds, with every problem found while reading it.</summary>
public sealed record ScenarioSet(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<PlanAction> Actions, IReadOnlyList<ContentError> Errors);

/// <summary>
/// Reads templates/scenarios: actions.yaml is the plan action catalogue, every other *.yaml is
/// one scenario. Reading problems (YAML syntax, missing fields, missing translations, unknown
/// keys) come back in ScenarioSet.Errors; the graph checks are ScenarioValidator's. Files are
/// named relative to the templates root ("scenarios/power-outage.yaml"), as ContentLoader does.
/// </summary>
public static class ScenarioLoader
{
    public const string Folder = "scenarios";
    public const string ActionsFile = "actions.yaml";

    public static ScenarioSet Load(string templatesRoot)
    {
        var folder = Path.Combine(templatesRoot, Folder);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Scenario folder '{folder}' does not exist.");
        var errors = new List<ContentError>();
        var actionsFile = $"{Folder}/{ActionsFile}";
        var actions = File.Exists(Path.Combine(folder, ActionsFile)) ? PlanActionReader.Read(templatesRoot, actionsFile, errors) : [];
        if (!File.Exists(Path.Combine(folder, ActionsFile))) errors.Add(new ContentError(actionsFile, 1, "the plan action catalogue is missing"));
        var scenarios = Directory.GetFiles(folder, "*.yaml")
            .Select(Path.GetFileName)
            .Where(name => name != ActionsFile)
            .Order(StringComparer.Ordinal)
            .Select(name => LoadFile(templatesRoot, $"{Folder}/{name}", errors))
            .OfType<Scenario>()
            .ToList();
        return new ScenarioSet(scenarios, actions, errors);
    }

    internal static Scenario? LoadFile(string templatesRoot, string file, List<ContentError> errors)
    {
        var yaml = new YamlReader(file, errors);
        var root = yaml.Parse(File.ReadAllText(Path.Combine(templatesRoot, file)));
        if (root is null || yaml.AsMap(root, "a scenario") is not { } map) return null;
        yaml.Keys(map, "a scenario", "id", "title", "citation", "parameters", "start", "steps");
        var steps = yaml.Sequence(map, "steps", "the scenario")?.Children
            .Select(node => StepReader.Read(yaml, node))
            .OfType<Step>()
            .ToList() ?? [];
        return new Scenario(
            yaml.Text(map, "id", "the scenario") ?? Path.GetFileNameWithoutExtension(file),
            yaml.Localized(map, "title", "the scenario"),
            yaml.TextList(map, "citation", "the scenario"),
            ParameterReader.Read(yaml, map),
            yaml.Text(map, "start", "the scenario") ?? "",
            steps,
            file,
            YamlReader.Line(map));
    }
}
