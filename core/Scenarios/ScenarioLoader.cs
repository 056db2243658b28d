using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

/// <summary>What a folder of scenario files holds, with every problem found while reading it.</summary>
public sealed record ScenarioSet(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<PlanAction> Actions, IReadOnlyList<ScenarioError> Errors);

/// <summary>
/// Reads templates/scenarios: actions.yaml is the plan action catalogue, every other *.yaml is
/// one scenario. Reading problems (YAML syntax, missing fields, missing translations, unknown
/// keys) come back in ScenarioSet.Errors; the graph checks are ScenarioValidator's.
/// </summary>
public static class ScenarioLoader
{
    public const string ActionsFile = "actions.yaml";

    public static ScenarioSet LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Scenario folder '{folder}' does not exist.");
        var errors = new List<ScenarioError>();
        var actionsPath = Path.Combine(folder, ActionsFile);
        var actions = File.Exists(actionsPath) ? PlanActionReader.Read(actionsPath, errors) : [];
        if (!File.Exists(actionsPath)) errors.Add(new ScenarioError(actionsPath, 1, "the plan action catalogue is missing"));
        var scenarios = Directory.GetFiles(folder, "*.yaml")
            .Where(f => Path.GetFileName(f) != ActionsFile)
            .Order(StringComparer.Ordinal)
            .Select(f => LoadFile(f, errors))
            .OfType<Scenario>()
            .ToList();
        return new ScenarioSet(scenarios, actions, errors);
    }

    public static Scenario? LoadFile(string path, List<ScenarioError> errors)
    {
        var yaml = new YamlReader(path, errors);
        var root = yaml.Parse(File.ReadAllText(path));
        if (root is null || yaml.AsMap(root, "a scenario") is not { } map) return null;
        yaml.Keys(map, "a scenario", "id", "title", "citation", "parameters", "start", "steps");
        var steps = yaml.Sequence(map, "steps", "the scenario")?.Children
            .Select(node => StepReader.Read(yaml, node))
            .OfType<Step>()
            .ToList() ?? [];
        return new Scenario(
            yaml.Text(map, "id", "the scenario") ?? Path.GetFileNameWithoutExtension(path),
            yaml.Localized(map, "title", "the scenario"),
            yaml.TextList(map, "citation", "the scenario"),
            ParameterReader.Read(yaml, map),
            yaml.Text(map, "start", "the scenario") ?? "",
            steps,
            path,
            YamlReader.Line(map));
    }

    /// <summary>Ids of templates/plan/sections.yaml (a list of mappings with 'id'), for citation checks.</summary>
    public static IReadOnlySet<string> LoadSectionIds(string sectionsFile, List<ScenarioError> errors)
    {
        var yaml = new YamlReader(sectionsFile, errors);
        if (yaml.Parse(File.ReadAllText(sectionsFile)) is not YamlSequenceNode list)
        {
            yaml.Error(1, "plan sections must be a list");
            return new HashSet<string>();
        }
        return list.Children.OfType<YamlMappingNode>()
            .Select(m => m.Children.TryGetValue(new YamlScalarNode("id"), out var id) ? (id as YamlScalarNode)?.Value : null)
            .OfType<string>()
            .ToHashSet();
    }
}
