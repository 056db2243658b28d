using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

internal static class PlanActionReader
{
    public static IReadOnlyList<PlanAction> Read(string templatesRoot, string file, List<ContentError> errors)
    {
        var yaml = new YamlReader(file, errors);
        var root = yaml.Parse(File.ReadAllText(Path.Combine(templatesRoot, file)));
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
                file,
                YamlReader.Line(map)));
        }
        return actions;
    }
}
