using DrillPlatform.Core.Content.Loading;

namespace DrillPlatform.Core.Reports.Compliance;

/// <summary>One requirement the compliance report checks (templates/reports/requirements.yaml): its title, plan section and regulation or standard clause.</summary>
public sealed record Requirement(string Id, Localized Title, string Plan, string Source);

/// <summary>Reads requirements.yaml; every problem is a file:line error and start-up fails with all of them.</summary>
public static class RequirementsLoader
{
    public const string File = "reports/requirements.yaml";

    public static IReadOnlyDictionary<string, Requirement> Load(string templatesRoot, IEnumerable<string> planSections)
    {
        var errors = new ContentErrors();
        var r = new NodeReader(File, errors);
        var root = YamlFile.Parse(templatesRoot, File, errors);
        var sections = planSections.ToHashSet(StringComparer.Ordinal);
        var list = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        foreach (var map in r.Items(root, "the requirements"))
        {
            var requirement = new Requirement(r.Text(map, "id"), r.Localized(map, "title"), r.Text(map, "plan"), r.Text(map, "source"));
            if (requirement.Plan.Length > 0 && !sections.Contains(requirement.Plan))
                r.Error(map, $"plan section '{requirement.Plan}' is not in plan/sections.yaml");
            if (!list.TryAdd(requirement.Id, requirement))
                r.Error(map, $"requirement '{requirement.Id}' is listed twice");
        }
        foreach (var id in ComplianceMatrix.Requirements.Where(id => !list.ContainsKey(id)))
            errors.Add(File, 1, $"requirement '{id}' is missing; the report checks it");
        errors.ThrowIfAny();
        return list;
    }
}
