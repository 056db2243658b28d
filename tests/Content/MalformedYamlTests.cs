using System.Text.RegularExpressions;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Equipment.Definitions;

namespace DrillPlatform.Tests.Content;

/// <summary>
/// Every content loader, fed each way a hand-edited YAML file goes wrong, reports file:line: reason
/// (through its validation result or exception) and never lets a parser exception escape.
/// </summary>
[Trait("Category", "Unit")]
public sealed class MalformedYamlTests
{
    public static readonly TheoryData<string, string> Malformed = new()
    {
        { "unclosed bracket", "id: broken\nitems: [one, two\n" },
        { "tab indent", "id: broken\nitems:\n\t- one\n" },
        { "duplicate key", "id: broken\nid: again\n" },
        { "wrong type", "just a sentence\n" },
    };

    private static readonly Dictionary<string, Func<string, IEnumerable<string>>> Loaders = new()
    {
        ["questions/fire.yaml"] = root => Assert.Throws<ContentValidationException>(() => ContentLoader.Load(root)).Errors.Select(e => e.ToString()),
        ["site/demo-site.yaml"] = root => Assert.Throws<ContentValidationException>(() => ContentLoader.Load(root)).Errors.Select(e => e.ToString()),
        ["plan/roles.yaml"] = root => Assert.Throws<ContentValidationException>(() => ContentLoader.Load(root)).Errors.Select(e => e.ToString()),
        ["scenarios/power-outage.yaml"] = root => ScenarioLoader.Load(root).Errors.Select(e => e.ToString()),
        ["scenarios/actions.yaml"] = root => ScenarioLoader.Load(root).Errors.Select(e => e.ToString()),
        ["checks/exit-monthly.yaml"] = root => Assert.Throws<ContentValidationException>(
            () => CheckCatalogLoader.Load(root, ContentLoader.Load(TempContent.Shipped).Sections.Select(s => s.Id))).Errors.Select(e => e.ToString()),
        ["calendar/site-calendar.yaml"] = root => Assert.Throws<SiteCalendarException>(
            () => SiteCalendarLoader.Parse(File.ReadAllText(Path.Combine(root, "calendar", "site-calendar.yaml")), "calendar/site-calendar.yaml")).Errors,
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void EveryLoader_WhenFedMalformedYaml_ReportsFileAndLine(string what, string yaml)
    {
        foreach (var (file, load) in Loaders)
        {
            using var content = new TempContent();
            File.WriteAllText(Path.Combine(content.Root, file), yaml);

            var errors = load(content.Root).ToList();

            Assert.True(errors.Count > 0, $"{what} in {file}: no error reported");
            Assert.Contains(errors, e => Regex.IsMatch(e, $"^{Regex.Escape(file)}:[1-9][0-9]*: \\S"));
        }
    }
}
