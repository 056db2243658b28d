using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

internal static class StepReader
{
    public static Step Read(NodeReader r, YamlMappingNode map)
    {
        r.AllowKeys(map, "id", "citation", "addition", "timeLimit", "timeout", "prompt", "options");
        var id = r.Text(map, "id") is { Length: > 0 } text ? text : $"(step at line {YamlFile.Line(map)})";
        var options = r.Items(r.Required(map, "options"), "options").Select(o => ReadOption(r, o)).ToList();
        return new Step(
            id,
            r.Localized(map, "prompt"),
            r.Integer(map, "timeLimit"),
            options,
            r.OneOrMore(map, "citation"),
            r.OptionalText(map, "timeout"),
            r.OptionalText(map, "addition"),
            YamlFile.Line(map));
    }

    private static Option ReadOption(NodeReader r, YamlMappingNode map)
    {
        r.AllowKeys(map, "text", "correct", "feedback", "next", "action", "dangerous");
        var (correct, when) = ReadCorrect(r, r.Optional(map, "correct"));
        return new Option(
            r.Localized(map, "text"),
            correct,
            when,
            r.Localized(map, "feedback"),
            r.Text(map, "next"),
            r.OptionalText(map, "action"),
            YamlFile.Line(map))
        {
            Dangerous = r.Optional(map, "dangerous") is not null && r.Boolean(map, "dangerous"),
        };
    }

    // correct: true | false | {afterHours: "true"} (right only for those parameter values)
    private static (bool, IReadOnlyDictionary<string, string>?) ReadCorrect(NodeReader r, YamlNode? node)
    {
        switch (node)
        {
            case null: return (false, null);
            case YamlScalarNode { Value: "true" }: return (true, null);
            case YamlScalarNode { Value: "false" }: return (false, null);
            case YamlMappingNode map when map.Children.Count > 0:
                return (false, r.Entries(map, "'correct'").ToDictionary(e => e.Name, e => r.Scalar(e.Value, $"'correct' for '{e.Name}'")));
            default:
                r.Error(node, "'correct' must be true, false or a mapping of parameter values");
                return (false, null);
        }
    }
}
