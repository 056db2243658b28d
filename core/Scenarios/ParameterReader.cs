using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

internal static class ParameterReader
{
    // parameters:
    //   room: {kind: records-store}                       a room of that kind from the site
    //   afterHours: {values: {"false": {zh-CN, en}, ...}}  one of fixed values, each with its text
    public static IReadOnlyList<ScenarioParameter> Read(NodeReader r, YamlMappingNode scenario)
    {
        if (r.Mapping(r.Optional(scenario, "parameters"), "'parameters'") is not { } map) return [];
        var result = new List<ScenarioParameter>();
        foreach (var (name, key, value) in r.Entries(map, "'parameters'"))
        {
            var what = $"parameter '{name}'";
            if (r.Mapping(value, what) is not { } spec) continue;
            r.AllowKeys(spec, "kind", "values");
            var kind = r.OptionalText(spec, "kind");
            var values = new Dictionary<string, Localized>();
            if (r.Mapping(r.Optional(spec, "values"), $"'values' of {what}") is { } valuesMap)
                foreach (var (v, _, text) in r.Entries(valuesMap, $"'values' of {what}"))
                    values[v] = r.Translations(text, $"value '{v}' of {what}");
            if ((kind is null) == (values.Count == 0))
                r.Error(spec, $"{what} needs either a room 'kind' or a list of 'values', not both or neither");
            result.Add(new ScenarioParameter(name, kind, values, YamlFile.Line(key)));
        }
        return result;
    }
}
