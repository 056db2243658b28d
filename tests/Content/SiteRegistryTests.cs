namespace DrillPlatform.Tests.Content;

[Trait("Category", "Unit")]
public class SiteRegistryTests
{
    private static readonly Localized Name = new("名", "name");

    private static Site TestSite() => new("s", Name, "Asia/Shanghai",
        [new Building("a", Name, 3), new Building("b", Name, 1)],
        [
            new Room("store", "a", 1, new Localized("病案库房", "Records Store"), "records-store", 0, 0),
            new Room("upstairs", "a", 2, new Localized("楼上", "Upstairs"), "office", 0, 0),
            new Room("annex", "b", 1, new Localized("附楼", "Annex"), "office", 0, 0),
        ],
        [
            new Extinguisher("far-same-floor", "co2", "store", Name, 40, 0),
            new Extinguisher("near-same-floor", "dry-powder", "store", Name, 3, 4),
            new Extinguisher("one-floor-up", "foam", "upstairs", Name, 1, 0),
            new Extinguisher("other-building", "dry-powder", "annex", Name, 0, 0),
        ]);

    [Fact]
    public void Nearest_OrdersSameFloorThenFloorPenaltyThenOtherBuildings()
    {
        var registry = new SiteRegistry(TestSite());

        var nearest = registry.Nearest(registry.FindRoom("store")!, 4);

        Assert.Equal(["near-same-floor", "one-floor-up", "far-same-floor", "other-building"], nearest.Select(n => n.Extinguisher.Id));
        Assert.Equal(5, nearest[0].Distance, 6);
        Assert.Equal(31, nearest[1].Distance, 6);
        Assert.Equal(1000, nearest[3].Distance, 6);
    }

    [Fact]
    public void Nearest_ReturnsNoMoreThanCount()
    {
        var registry = new SiteRegistry(TestSite());

        Assert.Equal(2, registry.Nearest(registry.FindRoom("annex")!, 2).Count);
        Assert.Equal("other-building", registry.Nearest(registry.FindRoom("annex")!, 1)[0].Extinguisher.Id);
    }

    [Theory]
    [InlineData("store")]
    [InlineData("  STORE ")]
    [InlineData("病案库房")]
    [InlineData("records store")]
    public void FindRoom_MatchesIdOrNameInEitherLanguage(string query)
    {
        Assert.Equal("store", new SiteRegistry(TestSite()).FindRoom(query)?.Id);
    }

    [Fact]
    public void FindRoom_WhenNothingMatches_ReturnsNull()
    {
        Assert.Null(new SiteRegistry(TestSite()).FindRoom("kitchen"));
    }
}
