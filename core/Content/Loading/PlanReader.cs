using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>Reads templates/plan: the sections content cites, the emergency posts and the numbers to call.</summary>
internal static class PlanReader
{
    public const string SectionsFile = "plan/sections.yaml";
    public const string RolesFile = "plan/roles.yaml";
    public const string NumbersFile = "plan/numbers.yaml";

    public static List<PlanSection> Sections(NodeReader r, YamlNode? root, UniqueIds ids)
    {
        var sections = new List<PlanSection>();
        foreach (var map in r.Items(root, "sections"))
        {
            r.AllowKeys(map, "id", "title", "source");
            var section = new PlanSection(r.Text(map, "id"), r.Localized(map, "title"), r.Text(map, "source"));
            ids.Add(r, map, section.Id);
            sections.Add(section);
        }
        return sections;
    }

    public static List<RoleDefinition> Roles(NodeReader r, YamlNode? root, UniqueIds ids, UniqueIds sections)
    {
        var roles = new List<RoleDefinition>();
        foreach (var map in r.Items(root, "roles"))
        {
            r.AllowKeys(map, "id", "name", "post", "duties", "citation");
            var duties = r.Items(r.Required(map, "duties"), "duties")
                .Select(d => r.Translations(d, "a duty"))
                .ToList();
            if (duties.Count == 0)
                r.Error(map, "a role needs at least one duty");
            var role = new RoleDefinition(
                r.Text(map, "id"), r.Localized(map, "name"), r.Localized(map, "post"), duties, Citation(r, map, sections));
            ids.Add(r, map, role.Id);
            roles.Add(role);
        }
        return roles;
    }

    public static List<EmergencyNumber> Numbers(NodeReader r, YamlNode? root, UniqueIds sections)
    {
        var numbers = new List<EmergencyNumber>();
        var seen = new UniqueIds("number");
        foreach (var map in r.Items(root, "numbers"))
        {
            r.AllowKeys(map, "number", "name", "citation");
            var number = new EmergencyNumber(r.Text(map, "number"), r.Localized(map, "name"), Citation(r, map, sections));
            seen.Add(r, map, number.Number);
            numbers.Add(number);
        }
        return numbers;
    }

    public static string Citation(NodeReader r, YamlMappingNode map, UniqueIds sections)
    {
        var citation = r.Text(map, "citation");
        if (citation.Length > 0 && !sections.Contains(citation))
            r.Error(r.Optional(map, "citation")!, $"unknown citation '{citation}' (not a section id in {SectionsFile})");
        return citation;
    }
}
