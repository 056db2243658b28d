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
        { "list for a mapping", "- one\n- two\n" },
        { "wrong type of value", "id: [not, a, text]\ntitle: 3\n" },
    };

    private static readonly Lazy<ContentBundle> Shipped = new(() => ContentLoader.Load(TempContent.Shipped));

    private static IEnumerable<string> Thrown(Action load) => Assert.Throws<ContentValidationException>(load).Errors.Select(e => e.ToString());

    private static IEnumerable<string> Sections => Shipped.Value.Sections.Select(s => s.Id);

    private static readonly Dictionary<string, Func<string, IEnumerable<string>>> Loaders = new()
    {
        ["questions/fire.yaml"] = root => Thrown(() => ContentLoader.Load(root)),
        ["site/demo-site.yaml"] = root => Thrown(() => ContentLoader.Load(root)),
        ["plan/roles.yaml"] = root => Thrown(() => ContentLoader.Load(root)),
        ["plan/sections.yaml"] = root => Thrown(() => ContentLoader.Load(root)),
        ["i18n/en.yaml"] = root => Thrown(() => ContentLoader.Load(root)),
        ["scenarios/power-outage.yaml"] = root => ScenarioLoader.Load(root).Errors.Select(e => e.ToString()),
        ["scenarios/actions.yaml"] = root => ScenarioLoader.Load(root).Errors.Select(e => e.ToString()),
        ["checks/exit-monthly.yaml"] = root => Thrown(() => CheckCatalogLoader.Load(root, Sections)),
        ["checks/equipment.yaml"] = root => Thrown(() => Core.Equipment.Registry.EquipmentSeedReader.Read(root, Shipped.Value.Site, CheckCatalogLoader.Load(TempContent.Shipped, Sections).Kinds)),
        ["calendar/site-calendar.yaml"] = root => Thrown(() => SiteCalendarLoader.Parse(
            File.ReadAllText(Path.Combine(root, "calendar", "site-calendar.yaml")), "calendar/site-calendar.yaml", Shipped.Value.Site.Zone)),
        ["readiness/readiness.yaml"] = root => Thrown(() => Core.Readiness.Config.ReadinessLoader.Load(root, Shipped.Value)),
        ["reports/requirements.yaml"] = root => Thrown(() => Core.Reports.Compliance.RequirementsLoader.Load(root, Sections)),
        ["sms/aliyun.yaml"] = root => Thrown(() => new Core.Sms.Aliyun.AliyunTemplates(Path.Combine(root, "sms"), new SmsTemplates(Path.Combine(root, "sms")).Names)),
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

    // The readers of mappings whose keys are data (scenario parameters, a check's range) once cast each key to a text.
    [Theory]
    [InlineData("scenarios/power-outage.yaml", "scenarios/power-outage.yaml", "  room:\n    kind: records-office", "  [room]: {kind: records-office}", "each key of 'parameters' must be a non-empty text")]
    [InlineData("checks/climate-weekly.yaml", "checks/exit-monthly.yaml", "  temperatureMin: 14", "  [temperatureMin]: 14", "each key of 'range' must be a non-empty text")]
    public void ALoader_WhenAKeyIsAListInsteadOfAText_ReportsFileAndLine(string file, string loader, string find, string replace, string reason)
    {
        using var content = new TempContent();
        var line = content.Replace(file, find, replace);

        var errors = Loaders[loader](content.Root).ToList();

        Assert.Contains($"{file}:{line}: {reason}", errors);
    }
}
