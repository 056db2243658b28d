namespace DrillPlatform.Tests.Content;

[Trait("Category", "Unit")]
public class SiteFactsTests
{
    [Fact]
    public void Load_WhenACo2ExtinguisherHangsWherePaperBurns_ReportsItAgainstGB50140()
    {
        using var content = new TempContent();
        var line = content.Replace("templates/site/demo-site.yaml".Replace("templates/", ""), "type: water-based", "type: co2");

        var errors = content.LoadErrors();

        Assert.Contains(errors, e => e.File == "site/demo-site.yaml" && e.Line == line
            && e.Reason.Contains("is co2, which GB 50140-2005 does not list for class A fires (paper)") && e.Reason.Contains("abc-powder, water-based, foam"));
    }

    [Fact]
    public void ShippedSite_NamesTypesPreciselyAndHasTheNumbersAndPlacesStepsNeed()
    {
        var site = ContentLoader.Load(TempContent.Shipped).Site;

        Assert.Equal("磷酸铵盐（ABC）干粉灭火器", ExtinguisherTypeNames.For("abc-powder").ZhCn);
        Assert.DoesNotContain(site.Extinguishers, e => e.Type == "co2" && site.Rooms.Single(r => r.Id == e.Room).Classes.Contains("A"));
        Assert.Superset(new HashSet<string> { "fire-control-room", "duty-officer", "security", "logistics", "information-centre", "assembly-point", "water-valve", "breaker" },
            SiteFacts.Keys(site).ToHashSet());
    }

    [Fact]
    public void Question_WithASitePlaceholder_ShowsTheSitesNumber_AndAnUnknownKeyIsReported()
    {
        using var content = new TempContent();
        content.Replace("questions/fire.yaml", "  text:\n    zh-CN: ", "  text:\n    zh-CN: 保卫处电话{site.security}。");
        content.Replace("questions/fire.yaml", "\n    en: ", "\n    en: Security is on {site.security}. ");

        var question = ContentLoader.Load(content.Root).Questions.First(q => q.Text.ZhCn.StartsWith("保卫处电话"));
        Assert.StartsWith("保卫处电话555-0110。", question.Text.ZhCn);
        Assert.StartsWith("Security is on 555-0110.", question.Text.En);

        content.Replace("questions/fire.yaml", "{site.security}。", "{site.nowhere}。");
        Assert.Contains(content.LoadErrors(), e => e.File == "questions/fire.yaml" && e.Reason.Contains("{site.nowhere} is not a contact or place key"));
    }

    [Fact]
    public void Walk_WithASitePlaceholder_RendersThePlaceInTheReadersLanguage()
    {
        var site = ContentLoader.Load(TempContent.Shipped).Site;
        var values = SiteFacts.Values(site);

        var text = ScenarioText.Render(new Localized("到{site.assembly-point}集合", "Go to {site.assembly-point}"), values);

        Assert.Equal("到行政楼正门外广场旗杆下集合", text.ZhCn);
        Assert.StartsWith("Go to by the flagpole", text.En);
    }
}
