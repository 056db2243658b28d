using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

internal static class ParameterReader
{
    // parameters:
    //   room: {kind: records-store}                       a room of that kind from the site
    //   afterHours: {values: {"false": {zh-CN, en}, ...}}  one of fixed values, each with its text
    public static IReadOnlyList<ScenarioParameter> Read(YamlReader yaml, YamlMappingNode scenario)
    {
        if (yaml.Get(scenario, "parameters", "the scenario", required: false) is not { } node) return [];
        if (yaml.AsMap(node, "'parameters'") is not { } map) return [];
        var result = new List<ScenarioParameter>();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            var what = $"parameter '{name}'";
            if (yaml.AsMap(value, what) is not { } spec) continue;
            yaml.Keys(spec, what, "kind", "values");
            var kind = yaml.Text(spec, "kind", what, required: false);
            var values = new Dictionary<string, Localized>();
            if (yaml.Get(spec, "values", what, required: false) is { } valuesNode && yaml.AsMap(valuesNode, $"'values' of {what}") is { } valuesMap)
                foreach (var (v, text) in valuesMap.Children)
                    values[((YamlScalarNode)v).Value ?? ""] = yaml.Localized(text, $"value '{v}' of {what}");
            if ((kind is null) == (values.Count == 0))
                yaml.Error(YamlReader.Line(spec), $"{what} needs either a room 'kind' or a list of 'values', not both or neither");
            result.Add(new ScenarioParameter(name, kind, values, YamlReader.Line(key)));
        }
        return result;
    }
}
