using DrillPlatform.Core.Content.Loading;

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
        var errors = new ContentErrors();
        var actionsFile = $"{Folder}/{ActionsFile}";
        var actions = File.Exists(Path.Combine(folder, ActionsFile)) ? PlanActionReader.Read(new NodeReader(actionsFile, errors), YamlFile.Parse(templatesRoot, actionsFile, errors)) : [];
        if (!File.Exists(Path.Combine(folder, ActionsFile))) errors.Add(actionsFile, 1, "the plan action catalogue is missing");
        var scenarios = Directory.GetFiles(folder, "*.yaml")
            .Select(Path.GetFileName)
            .Where(name => name != ActionsFile)
            .Order(StringComparer.Ordinal)
            .Select(name => LoadFile(templatesRoot, $"{Folder}/{name}", errors))
            .OfType<Scenario>()
            .ToList();
        return new ScenarioSet(scenarios, actions, errors.All);
    }

    private static Scenario? LoadFile(string templatesRoot, string file, ContentErrors errors)
    {
        var r = new NodeReader(file, errors);
        if (r.Mapping(YamlFile.Parse(templatesRoot, file, errors), "a scenario") is not { } map) return null;
        r.AllowKeys(map, "id", "title", "citation", "parameters", "start", "steps");
        var steps = r.Items(r.Required(map, "steps"), "steps").Select(step => StepReader.Read(r, step)).ToList();
        return new Scenario(
            r.Text(map, "id") is { Length: > 0 } id ? id : Path.GetFileNameWithoutExtension(file),
            r.Localized(map, "title"),
            r.OneOrMore(map, "citation"),
            ParameterReader.Read(r, map),
            r.Text(map, "start"),
            steps,
            file,
            YamlFile.Line(map));
    }
}
