namespace DrillPlatform.Tests.Scenarios;

[Trait("Category", "Unit")]
public class ScenarioParametersTests
{
    private static readonly SiteRegistry Site = new(new Site(
        "test-site", new Localized("测试医院", "Test Hospital"), "Asia/Shanghai",
        [new Building("admin", new Localized("行政楼", "Admin"), 2)],
        [
            new Room("store-a", "admin", 1, new Localized("病案库房甲", "Store A"), "records-store", 0, 0),
            new Room("store-b", "admin", 1, new Localized("病案库房乙", "Store B"), "records-store", 5, 0),
            new Room("office", "admin", 2, new Localized("病案办公室", "Records Office"), "records-office", 0, 5),
        ],
        []));

    private readonly Scenario fire = ScenarioFiles.Catalog.Get("fire-records-store");

    [Fact]
    public void Resolve_WithNoChoices_TakesTheFirstRoomOfTheKindAndTheFirstValue()
    {
        var values = ScenarioParameters.Resolve(fire, Site);
        Assert.Equal("store-a", values["room"]);
        Assert.Equal("病案库房甲", values["room.zh-CN"]);
        Assert.Equal("Store A", values["room.en"]);
        Assert.Equal("false", values["afterHours"]);
    }

    [Fact]
    public void Resolve_WithChoices_UsesThemAndTheEngineRendersThem()
    {
        var values = ScenarioParameters.Resolve(fire, Site, new Dictionary<string, string> { ["room"] = "store-b", ["afterHours"] = "true" });
        var engine = new ScenarioEngine(ScenarioFiles.Catalog);
        var view = engine.Current(engine.Start(fire, values, Walker.T0))!;
        Assert.StartsWith("现在是周六晚上十点，你是值班人员。你在病案库房乙", view.Prompt.ZhCn);
        Assert.Contains("In Store B you smell burning", view.Prompt.En);
    }

    [Fact]
    public void Resolve_WhenTheRoomIsChosenByName_FindsItThroughTheSiteRegistry()
    {
        var values = ScenarioParameters.Resolve(fire, Site, new Dictionary<string, string> { ["room"] = "病案库房乙" });
        Assert.Equal("store-b", values["room"]);
    }

    [Fact]
    public void Resolve_WhenTheChosenRoomIsOfAnotherKind_ThrowsNamingTheRightOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => ScenarioParameters.Resolve(fire, Site, new Dictionary<string, string> { ["room"] = "office" }));
        Assert.Contains("store-a, store-b", error.Message);
    }

    [Fact]
    public void Resolve_WhenTheSiteHasNoRoomOfTheKind_ThrowsNamingTheKind()
    {
        var backup = ScenarioFiles.Catalog.Get("backup-failure");
        var error = Assert.Throws<ArgumentException>(() => ScenarioParameters.Resolve(backup, Site));
        Assert.Contains("server-room", error.Message);
    }
}
