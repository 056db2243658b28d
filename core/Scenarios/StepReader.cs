using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

internal static class StepReader
{
    public static Step? Read(YamlReader yaml, YamlNode node)
    {
        if (yaml.AsMap(node, "a step") is not { } map) return null;
        var id = yaml.Text(map, "id", "a step") ?? $"(step at line {YamlReader.Line(map)})";
        var what = $"step '{id}'";
        yaml.Keys(map, what, "id", "citation", "addition", "timeLimit", "timeout", "prompt", "options");
        var options = yaml.Sequence(map, "options", what)?.Children
            .Select((o, i) => ReadOption(yaml, o, $"option {i + 1} of {what}"))
            .OfType<Option>()
            .ToList() ?? [];
        return new Step(
            id,
            yaml.Localized(map, "prompt", what),
            yaml.Integer(map, "timeLimit", what) ?? 0,
            options,
            yaml.TextList(map, "citation", what),
            yaml.Text(map, "timeout", what, required: false),
            yaml.Text(map, "addition", what, required: false),
            YamlReader.Line(map));
    }

    private static Option? ReadOption(YamlReader yaml, YamlNode node, string what)
    {
        if (yaml.AsMap(node, what) is not { } map) return null;
        yaml.Keys(map, what, "text", "correct", "feedback", "next", "action", "dangerous");
        var (correct, when) = ReadCorrect(yaml, yaml.Get(map, "correct", what), what);
        return new Option(
            yaml.Localized(map, "text", what),
            correct,
            when,
            yaml.Localized(map, "feedback", what),
            yaml.Text(map, "next", what) ?? "",
            yaml.Text(map, "action", what, required: false),
            YamlReader.Line(map))
        {
            Dangerous = ReadDangerous(yaml, yaml.Get(map, "dangerous", what, required: false), what),
        };
    }

    private static bool ReadDangerous(YamlReader yaml, YamlNode? node, string what)
    {
        switch (node)
        {
            case null: return false;
            case YamlScalarNode { Value: "true" }: return true;
            case YamlScalarNode { Value: "false" }: return false;
            default:
                yaml.Error(YamlReader.Line(node), $"'dangerous' of {what} must be true or false");
                return false;
        }
    }

    // correct: true | false | {afterHours: "true"} (right only for those parameter values)
    private static (bool, IReadOnlyDictionary<string, string>?) ReadCorrect(YamlReader yaml, YamlNode? node, string what)
    {
        switch (node)
        {
            case null: return (false, null);
            case YamlScalarNode { Value: "true" }: return (true, null);
            case YamlScalarNode { Value: "false" }: return (false, null);
            case YamlMappingNode map when map.Children.Count > 0 && map.Children.All(c => c.Key is YamlScalarNode && c.Value is YamlScalarNode):
                return (false, map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? ""));
            default:
                yaml.Error(YamlReader.Line(node), $"'correct' of {what} must be true, false or a mapping of parameter values");
                return (false, null);
        }
    }
}
