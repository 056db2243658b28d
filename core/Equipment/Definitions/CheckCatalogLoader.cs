using DrillPlatform.Core.Content.Loading;

namespace DrillPlatform.Core.Equipment.Definitions;

/// <summary>
/// Loads every check definition in templates/checks/ (all *.yaml but the registry seed), validated
/// together; any problem fails the load with file:line: reason, like the rest of the content.
/// </summary>
public static class CheckCatalogLoader
{
    public const string Folder = "checks";
    public const string SeedFile = "equipment.yaml";

    public static CheckCatalog Load(string templatesRoot, IEnumerable<string> planSections)
    {
        var errors = new ContentErrors();
        var sections = planSections.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = new UniqueIds("check");
        var definitions = new List<CheckDefinition>();
        var folder = Path.Combine(templatesRoot, Folder);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileName).Where(f => f != SeedFile).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
            errors.Add(Folder, 1, $"no check definitions found in {Folder}/");
        foreach (var name in files)
        {
            var file = $"{Folder}/{name}";
            var reader = new NodeReader(file, errors);
            if (CheckDefinitionReader.Read(reader, YamlFile.Parse(templatesRoot, file, errors), ids, sections) is { } definition)
                definitions.Add(definition);
        }
        errors.ThrowIfAny();
        return new CheckCatalog(definitions);
    }
}
