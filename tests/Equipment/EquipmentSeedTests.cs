using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Tests.Content;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Storage")]
public class EquipmentSeedTests
{
    private static readonly ContentBundle Content = ContentLoader.Load(TempContent.Shipped);
    private static readonly IReadOnlySet<string> Kinds = CheckCatalogLoader.Load(TempContent.Shipped, Content.Sections.Select(s => s.Id)).Kinds;

    [Fact]
    public void Read_OfTheDemoSite_RegistersEveryExtinguisherAndOneItemOfEveryOtherKind()
    {
        var items = EquipmentSeedReader.Read(TempContent.Shipped, Content.Site, Kinds);

        Assert.Equal(Content.Site.Extinguishers.Select(e => e.Id).Order(), items.Where(i => i.Kind == EquipmentKinds.Extinguisher).Select(i => i.Id).Order());
        Assert.All(EquipmentKinds.All, kind => Assert.Contains(items, i => i.Kind == kind));
        var fe = items.Single(i => i.Id == "fe-a101");
        Assert.Equal(("abc-powder", new DateOnly(2026, 10, 31), new DateOnly(2024, 3, 15)), (fe.Type, fe.LastCheck!.Value, fe.InstalledOn));
        var backup = items.Single(i => i.Kind == EquipmentKinds.BackupJob);
        Assert.Equal(("information", new DateOnly(2026, 11, 19)), (backup.Department, backup.LastCheck!.Value));
    }

    [Fact]
    public void Read_OfTheDemoSite_AssignsKeepersWhoAreOnTheDemoRosterInTheirDepartment()
    {
        var roster = File.ReadLines(Path.Combine(AzuriteFixture.RepoRoot, "templates", "roster", "demo-roster.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[3]);

        foreach (var item in EquipmentSeedReader.Read(TempContent.Shipped, Content.Site, Kinds))
        {
            Assert.Equal(item.Department, roster[item.Responsible]);
            Assert.True(roster.ContainsKey(item.Deputy), $"{item.Id}: deputy {item.Deputy} is not on the demo roster");
            Assert.NotEqual(item.Responsible, item.Deputy);
        }
    }

    [Fact]
    public void Read_WhenARoomHasNoKeepersOrAnIdIsNotAGuid_ReportsFileAndLine()
    {
        using var content = new TempContent();
        content.Replace("checks/equipment.yaml", "rooms: [records-store-1, records-store-2]", "rooms: [records-store-2]");
        var bad = content.Replace("checks/equipment.yaml", "responsible: 774f3cda-52cf-5243-9229-2f63bde31d0a", "responsible: luo-gang");

        var errors = Assert.Throws<ContentValidationException>(() => EquipmentSeedReader.Read(content.Root, Content.Site, Kinds)).Errors;

        Assert.Contains(errors, e => e.Reason == "extinguisher 'fe-a101' is in room 'records-store-1', which no entry of 'keepers' covers");
        Assert.Contains(errors, e => e.File == "checks/equipment.yaml" && e.Line == bad && e.Reason.Contains("'responsible' must be a roster object id"));
    }
}
