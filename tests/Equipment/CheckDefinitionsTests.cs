using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Tests.Content;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Unit")]
public class CheckDefinitionsTests
{
    private static IEnumerable<string> Sections(string root) => ContentLoader.Load(root).Sections.Select(s => s.Id);

    [Fact]
    public void Load_OfTheShippedChecks_CoversEveryKindWithIntervalsFromContent()
    {
        var catalog = CheckCatalogLoader.Load(TempContent.Shipped, Sections(TempContent.Shipped));

        Assert.Equal(EquipmentKinds.All.Order(), catalog.Kinds.Order());
        Assert.Equal(new CheckInterval(1, IntervalUnit.Month), catalog.Get("extinguisher-monthly")!.Interval);
        Assert.Equal(new CheckInterval(1, IntervalUnit.Year), catalog.Get("extinguisher-annual")!.Interval);
        Assert.Equal(new CheckInterval(1, IntervalUnit.Week), catalog.Get("backup-weekly")!.Interval);
        Assert.Equal(7, catalog.Get("extinguisher-monthly")!.Items.Count);
        Assert.All(catalog.All.SelectMany(d => d.Items), i => Assert.True(i.Text.ZhCn.Length > 0 && i.Text.En.Length > 0));
        Assert.All(catalog.All, d => Assert.Contains(d.Items, i => i.Critical));
    }

    [Fact]
    public void Load_FillsTheConfiguredRangeIntoBothLanguages()
    {
        var climate = CheckCatalogLoader.Load(TempContent.Shipped, Sections(TempContent.Shipped)).Get("climate-weekly")!;

        Assert.Equal("The temperature is between 14 and 24 °C", climate.Item("temperature")!.Text.En);
        Assert.Contains("14–24 °C", climate.Item("temperature")!.Text.ZhCn);
    }

    [Fact]
    public void Load_WhenAnAdditionHasNoReason_ReportsFileAndLine()
    {
        using var content = new TempContent();
        var line = content.Replace("checks/extinguisher-monthly.yaml",
            "    reason: GB 50444-2008 §5.2.1 monthly check (and NFPA 10 7.2.2); a missing extinguisher is no use in the first minute of a fire.\n", "");
        line = content.LineOf("checks/extinguisher-monthly.yaml", "  - id: in-place");

        var error = Assert.Throws<ContentValidationException>(() => CheckCatalogLoader.Load(content.Root, Sections(content.Root)));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("checks/extinguisher-monthly.yaml", line), (only.File, only.Line));
        Assert.Contains("needs a 'reason'", only.Reason);
    }

    [Fact]
    public void Load_WithUnknownCitationBadUnitMissingTranslationAndUnknownPlaceholder_ReportsEach()
    {
        using var content = new TempContent();
        var citation = content.Replace("checks/backup-weekly.yaml", "citation: records-software\nitems", "citation: no-such-section\nitems");
        var unit = content.Replace("checks/exit-monthly.yaml", "unit: month", "unit: fortnight");
        var english = content.Replace("checks/exit-monthly.yaml", "      en: The exit sign is lit\n", "");
        var placeholder = content.Replace("checks/climate-weekly.yaml", "{humidityMax}%", "{humidityTop}%");

        var errors = Assert.Throws<ContentValidationException>(() => CheckCatalogLoader.Load(content.Root, Sections(content.Root))).Errors;

        Assert.Contains(errors, e => e.File == "checks/backup-weekly.yaml" && e.Line == citation && e.Reason.Contains("unknown citation 'no-such-section'"));
        Assert.Contains(errors, e => e.File == "checks/exit-monthly.yaml" && e.Line == unit && e.Reason.Contains("'unit' must be one of: week, month, year"));
        Assert.Contains(errors, e => e.File == "checks/exit-monthly.yaml" && e.Reason.Contains("missing en translation"));
        Assert.Contains(errors, e => e.File == "checks/climate-weekly.yaml" && e.Reason.Contains("'{humidityTop}' is not a value"));
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void Load_WhenTwoFilesShareAnId_NamesWhereItWasFirstDefined()
    {
        using var content = new TempContent();
        content.Replace("checks/exit-monthly.yaml", "id: exit-monthly", "id: backup-weekly");

        var error = Assert.Throws<ContentValidationException>(() => CheckCatalogLoader.Load(content.Root, Sections(content.Root)));

        Assert.Contains(error.Errors, e => e.File == "checks/exit-monthly.yaml" && e.Reason.Contains("duplicate check id 'backup-weekly' (first defined at checks/backup-weekly.yaml"));
    }
}
