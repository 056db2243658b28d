using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

internal static class PlanActionReader
{
    public static IReadOnlyList<PlanAction> Read(string path, List<ScenarioError> errors)
    {
        var yaml = new YamlReader(path, errors);
        var root = yaml.Parse(File.ReadAllText(path));
        if (root is null) return [];
        if (root is not YamlSequenceNode list)
        {
            yaml.Error(YamlReader.Line(root), "the plan action catalogue must be a list");
            return [];
        }
        var actions = new List<PlanAction>();
        foreach (var node in list.Children)
        {
            if (yaml.AsMap(node, "a plan action") is not { } map) continue;
            var id = yaml.Text(map, "id", "a plan action") ?? "";
            var what = $"action '{id}'";
            yaml.Keys(map, what, "id", "name", "citation", "addition");
            actions.Add(new PlanAction(
                id,
                yaml.Localized(map, "name", what),
                yaml.TextList(map, "citation", what),
                yaml.Text(map, "addition", what, required: false),
                path,
                YamlReader.Line(map)));
        }
        return actions;
    }
}
