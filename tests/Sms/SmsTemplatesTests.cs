namespace DrillPlatform.Tests.Sms;

[Trait("Category", "Storage")]
public class SmsTemplatesTests
{
    private static readonly SmsTemplates Templates = new(Path.Combine(AzuriteFixture.RepoRoot, "templates", "sms"));

    public static TheoryData<string, string, object, string> Typical => new()
    {
        { "drill-reminder", "zh-CN", new { ScenarioTitle = "病案库房火灾", MinutesLeft = 15 }, "病案库房火灾" },
        { "drill-reminder", "en", new { ScenarioTitle = "Fire in the records store", MinutesLeft = 15 }, "Fire in the records store" },
        { "check-overdue", "zh-CN", new { CheckTitle = "灭火器月度目视检查", Location = "病案库房 B1-03", DaysOverdue = 3 }, "灭火器月度目视检查" },
        { "check-overdue", "en", new { CheckTitle = "Monthly extinguisher check", Location = "Records store B1-03", DaysOverdue = 3 }, "Records store B1-03" },
    };

    [Theory]
    [MemberData(nameof(Typical))]
    public void Render_WithTypicalValues_FitsOneSmsInEitherLanguage(string name, string locale, object model, string expected)
    {
        var text = Templates.Render(name, locale, model);

        Assert.Contains(expected, text);
        Assert.DoesNotContain("{{", text);
        Assert.True(text.Length <= (locale == "zh-CN" ? 140 : 160), $"{name}.{locale} is {text.Length} characters: {text}");
    }

    [Fact]
    public void Render_WhenLocaleIsATeamsVariant_UsesTheMatchingLanguage()
    {
        var text = Templates.Render("drill-reminder", "zh-Hans", new { ScenarioTitle = "停电", MinutesLeft = 5 });

        Assert.Contains("分钟", text);
    }

    [Fact]
    public void Render_WhenAVariableIsMissing_ThrowsInsteadOfSendingABlank()
    {
        var error = Assert.ThrowsAny<Exception>(() => Templates.Render("drill-reminder", "en", new { ScenarioTitle = "Fire" }));

        Assert.Contains("minutes_left", error.Message);
    }

    [Fact]
    public void Render_WhenTemplateIsUnknown_NamesItAndTheKnownOnes()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Templates.Render("nope", "en", new { }));

        Assert.Contains("'nope'", error.Message);
        Assert.Contains("drill-reminder", error.Message);
    }

    [Fact]
    public void Constructor_WhenATranslationIsMissing_FailsNamingTheMissingFile()
    {
        var folder = Directory.CreateTempSubdirectory("sms-templates").FullName;
        File.WriteAllText(Path.Combine(folder, "lonely.en.sbn"), "Hello {{ name }}");

        var error = Assert.Throws<InvalidOperationException>(() => new SmsTemplates(folder));

        Assert.Contains("lonely.zh-CN.sbn", error.Message);
    }

    [Fact]
    public void Constructor_WhenATemplateDoesNotParse_FailsNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("sms-templates").FullName;
        File.WriteAllText(Path.Combine(folder, "broken.en.sbn"), "Hello {{ end }}");
        File.WriteAllText(Path.Combine(folder, "broken.zh-CN.sbn"), "你好 {{ name }}");

        var error = Assert.Throws<InvalidOperationException>(() => new SmsTemplates(folder));

        Assert.Contains("broken.en.sbn", error.Message);
    }
}
