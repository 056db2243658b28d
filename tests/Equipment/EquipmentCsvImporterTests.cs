using System.Text;
using DrillPlatform.Core.Equipment.Registry.Csv;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Storage")]
public class EquipmentCsvImporterTests
{
    private const string Header = "id,kind,type,room,locationZh,locationEn,installedOn,lastCheck,lastMaintenance,department,responsible,deputy";
    private static readonly string R = CheckTestHost.Responsible.ObjectId;
    private static readonly string D = CheckTestHost.Deputy.ObjectId;

    private static Stream Csv(params string[] lines) => new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    [Fact]
    public async Task Import_OfAGoodFile_RegistersEveryItemWithItsDatesAndKeepers()
    {
        await using var host = await CheckTestHost.StartAsync(CheckTestHost.Noon(new DateOnly(2025, 6, 1)));

        var result = await host.Get<EquipmentCsvImporter>().ImportAsync(Csv(Header,
            $"fe-x1,extinguisher,co2,records-store-1,北门,\"north door, inside\",2024-01-31,2025-05-31,2025-01-15,records,{R},{D}",
            $"exit-x1,exit,,,一层出口,,2023-05-01,,,records,{R.ToUpperInvariant()},{D}"));

        Assert.Equal(2, result.Imported);
        Assert.Empty(result.Errors);
        var fe = await host.Equipment.GetAsync(CheckTestHost.Site, "fe-x1");
        Assert.Equal(("co2", "north door, inside", new DateOnly(2025, 5, 31), new DateOnly(2025, 1, 15)),
            (fe!.Type, fe.Location.En, fe.LastCheck!.Value, fe.LastMaintenance!.Value));
        var exit = await host.Equipment.GetAsync(CheckTestHost.Site, "exit-x1");
        Assert.Equal(("一层出口", R, (DateOnly?)null), (exit!.Location.En, exit.Responsible, exit.LastCheck));
    }

    [Fact]
    public async Task Import_WithBadRows_ReportsRowColumnAndReasonAndKeepsTheValidRows()
    {
        await using var host = await CheckTestHost.StartAsync(CheckTestHost.Noon(new DateOnly(2025, 6, 1)));
        var stranger = Guid.NewGuid();

        var result = await host.Get<EquipmentCsvImporter>().ImportAsync(Csv(Header,
            $"fe-ok,extinguisher,foam,,门口,door,2024-01-01,,,records,{R},{D}",
            $"fe-bad,extinguisher,halon,no-such-room,门口,door,2024-13-01,,,records,{stranger},{D}",
            $"Sprinkler 1,sprinkler,,,门口,door,2024-01-01,2023-12-31,2099-01-01,,{R},{R}",
            $"dup-1,exit,,,门口,door,2024-01-01,,,records,{R},{D}",
            $"dup-1,exit,,,门口,door,2024-01-01,,,records,{R},{D}"));

        Assert.Equal(1, result.Imported);
        Assert.NotNull(await host.Equipment.GetAsync(CheckTestHost.Site, "fe-ok"));
        Assert.Null(await host.Equipment.GetAsync(CheckTestHost.Site, "fe-bad"));
        Assert.Null(await host.Equipment.GetAsync(CheckTestHost.Site, "dup-1"));
        var byRow = result.Errors.Select(e => (e.Row, e.Column)).ToList();
        Assert.Equal(
        [
            (3, "installedOn"), (3, "responsible"), (3, "room"), (3, "type"),
            (4, "department"), (4, "deputy"), (4, "id"), (4, "kind"), (4, "lastCheck"), (4, "lastMaintenance"),
            (5, "id"), (6, "id"),
        ], byRow);
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == "responsible" && e.Reason == $"{stranger} is not on the roster");
        Assert.Contains(result.Errors, e => e.Row == 5 && e.Reason == "duplicate id: also on row 6");
        Assert.Contains(result.Errors, e => e.Row == 4 && e.Column == "lastMaintenance" && e.Reason == "2099-01-01 is in the future");
    }

    [Fact]
    public async Task Import_WhenARequiredColumnIsMissing_WritesNothingAndNamesTheColumn()
    {
        await using var host = await CheckTestHost.StartAsync(CheckTestHost.Noon(new DateOnly(2025, 6, 1)));

        var result = await host.Get<EquipmentCsvImporter>().ImportAsync(Csv("id,kind,locationZh,locationEn,installedOn,department,responsible",
            $"fe-ok,exit,门口,door,2024-01-01,records,{R}"));

        Assert.Equal(0, result.Imported);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "deputy"), (error.Row, error.Column));
        Assert.Empty(await host.Equipment.ListAsync(CheckTestHost.Site));
    }
}
