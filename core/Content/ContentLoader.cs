using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content;

/// <summary>Loads and validates everything under templates/; one bad file fails the whole load with every error listed.</summary>
public static class ContentLoader
{
    public const string SiteFolder = "site";

    public static ContentBundle Load(string templatesRoot)
    {
        if (!Directory.Exists(templatesRoot))
            throw new DirectoryNotFoundException($"Content folder '{templatesRoot}' does not exist.");

        var errors = new ContentErrors();
        var sectionIds = new UniqueIds("section");
        var roleIds = new UniqueIds("role");
        var questionIds = new UniqueIds("question");

        var sections = PlanReader.Sections(Reader(PlanReader.SectionsFile), Parse(PlanReader.SectionsFile), sectionIds);
        var roles = PlanReader.Roles(Reader(PlanReader.RolesFile), Parse(PlanReader.RolesFile), roleIds, sectionIds);
        var numbers = PlanReader.Numbers(Reader(PlanReader.NumbersFile), Parse(PlanReader.NumbersFile), sectionIds);
        var site = LoadSite();
        var questions = Files(QuestionReader.Folder)
            .SelectMany(file => QuestionReader.Read(Reader(file), Parse(file), questionIds, sectionIds, roleIds, site))
            .ToList();
        var texts = TextsReader.Read(templatesRoot, errors);

        if (sections.Count > 0 && !sectionIds.Contains(ExtinguisherQuestions.Citation))
            errors.Add(PlanReader.SectionsFile, 1,
                $"section '{ExtinguisherQuestions.Citation}' is missing; generated extinguisher questions cite it");
        errors.ThrowIfAny();

        questions.AddRange(ExtinguisherQuestions.Generate(site, new SiteRegistry(site)));
        return new ContentBundle(sections, roles, numbers, questions, site, texts);

        NodeReader Reader(string file) => new(file, errors);
        YamlNode? Parse(string file) => YamlFile.Parse(templatesRoot, file, errors);

        Site LoadSite()
        {
            var files = Files(SiteFolder);
            if (files.Count != 1)
                errors.Add(SiteFolder, 1, $"expected exactly one site file in {SiteFolder}/, found {files.Count}");
            var file = files.FirstOrDefault() ?? $"{SiteFolder}/site.yaml";
            return SiteReader.Read(Reader(file), files.Count > 0 ? Parse(file) : null);
        }

        // Sorted so error order and question order do not depend on the file system.
        List<string> Files(string folder)
        {
            var path = Path.Combine(templatesRoot, folder);
            if (!Directory.Exists(path))
                return [];
            return Directory.EnumerateFiles(path, "*.yaml")
                .Select(f => $"{folder}/{Path.GetFileName(f)}")
                .Order(StringComparer.Ordinal)
                .ToList();
        }
    }
}
