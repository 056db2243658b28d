using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Reports.Compliance;

/// <summary>One requirement the compliance report checks (templates/reports/requirements.yaml): its title, plan section and regulation or standard clause.</summary>
public sealed record Requirement(string Id, Localized Title, string Plan, string Source);

/// <summary>Reads requirements.yaml; every problem is a file:line error and start-up fails with all of them.</summary>
public static class RequirementsLoader
{
    public const string File = "reports/requirements.yaml";

    public static IReadOnlyDictionary<string, Requirement> Load(string templatesRoot, IEnumerable<string> planSections)
    {
        var errors = new List<ContentError>();
        var text = System.IO.File.ReadAllText(Path.Combine(templatesRoot, "reports", "requirements.yaml"));
        var root = YamlFile.Parse(File, text, errors.Add);
        var sections = planSections.ToHashSet(StringComparer.Ordinal);
        var list = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        if (root is not YamlSequenceNode seq)
        {
            if (errors.Count == 0) errors.Add(new(File, root is null ? 1 : YamlFile.Line(root), "expected a list of requirements"));
        }
        else
            foreach (var node in seq)
            {
                string Get(YamlMappingNode m, string key) =>
                    m.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s } ? s.Trim() : Missing(m, key);
                string Missing(YamlNode n, string key)
                {
                    errors.Add(new(File, YamlFile.Line(n), $"missing '{key}'"));
                    return "";
                }
                if (node is not YamlMappingNode map) { errors.Add(new(File, YamlFile.Line(node), "a requirement must be a mapping")); continue; }
                var title = map.Children.TryGetValue(new YamlScalarNode("title"), out var t) && t is YamlMappingNode tm
                    ? new Localized(Get(tm, "zh-CN"), Get(tm, "en")) : new Localized(Missing(map, "title"), "");
                var r = new Requirement(Get(map, "id"), title, Get(map, "plan"), Get(map, "source"));
                if (r.Plan.Length > 0 && !sections.Contains(r.Plan)) errors.Add(new(File, YamlFile.Line(map), $"plan section '{r.Plan}' is not in plan/sections.yaml"));
                if (!list.TryAdd(r.Id, r)) errors.Add(new(File, YamlFile.Line(map), $"requirement '{r.Id}' is listed twice"));
            }
        foreach (var id in ComplianceMatrix.Requirements.Where(id => !list.ContainsKey(id)))
            errors.Add(new(File, 1, $"requirement '{id}' is missing; the report checks it"));
        if (errors.Count > 0) throw new ContentValidationException(errors);
        return list;
    }
}
