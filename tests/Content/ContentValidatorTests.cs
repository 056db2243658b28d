namespace DrillPlatform.Tests.Content;

[Trait("Category", "Unit")]
public class ContentValidatorTests
{
    private static void AssertReported(IReadOnlyList<ContentError> errors, string file, int line, string reason) =>
        Assert.True(errors.Any(e => e.File == file && e.Line == line && e.Reason.Contains(reason)),
            $"expected {file}:{line}: ...{reason}... but got:\n{string.Join("\n", errors)}");

    [Fact]
    public void Validator_WhenATranslationIsMissing_ReportsFileAndLine()
    {
        using var content = new TempContent();
        var line = content.LineOf("questions/fire.yaml", "    zh-CN: 消防人员到达现场后");
        content.Replace("questions/fire.yaml", "    en: When the firefighters arrive, what does the on-site commander do?\n", "");

        AssertReported(content.LoadErrors(), "questions/fire.yaml", line, "missing en translation of 'text'");
    }

    [Fact]
    public void Validator_WhenATranslationIsEmpty_ReportsFileAndLine()
    {
        using var content = new TempContent();
        var line = content.Replace("plan/roles.yaml", "    zh-CN: 病案管理员\n", "    zh-CN: \"\"\n");

        AssertReported(content.LoadErrors(), "plan/roles.yaml", line, "missing zh-CN translation of 'name'");
    }

    [Fact]
    public void Validator_WhenACitationIsUnknown_ReportsFileAndLine()
    {
        using var content = new TempContent();
        var line = content.Replace("questions/fire.yaml", "citation: fire-guide", "citation: fire-guidance");

        AssertReported(content.LoadErrors(), "questions/fire.yaml", line, "unknown citation 'fire-guidance'");
    }

    [Fact]
    public void Validator_WhenCorrectIndexIsOutOfRange_ReportsFileAndLine()
    {
        using var content = new TempContent();
        var line = content.Replace("questions/theft.yaml", "  correct: 1\n", "  correct: 4\n");

        AssertReported(content.LoadErrors(), "questions/theft.yaml", line, "correct index 4 is out of range");
    }

    [Fact]
    public void Validator_WhenYamlIsMalformed_ReportsTheParsersLine()
    {
        using var content = new TempContent();
        var line = content.Replace("questions/theft.yaml", "  topic: theft\n", "  topic: theft: stolen\n");

        AssertReported(content.LoadErrors(), "questions/theft.yaml", line, "not valid YAML");
    }

    [Fact]
    public void Validator_WhenAnExtinguisherIsInAnUnknownRoom_ReportsFileAndLine()
    {
        using var content = new TempContent();
        var line = content.Replace("site/demo-site.yaml", "    room: records-store-2\n", "    room: records-store-9\n");

        AssertReported(content.LoadErrors(), "site/demo-site.yaml", line, "unknown room 'records-store-9'");
    }

    [Theory]
    [InlineData("questions/fire.yaml", "  roles: [security]", "  roles: [janitor]", "unknown role 'janitor'")]
    [InlineData("questions/theft.yaml", "- id: theft-002", "- id: theft-001", "duplicate question id 'theft-001'")]
    [InlineData("site/demo-site.yaml", "    building: info\n", "    building: annex\n", "unknown building 'annex'")]
    [InlineData("site/demo-site.yaml", "    floor: 4\n", "    floor: 7\n", "but building 'admin' has floors 1-4")]
    [InlineData("questions/fire.yaml", "  citation: fire-self-rescue", "  citaton: fire-self-rescue", "unknown key 'citaton'")]
    [InlineData("plan/roles.yaml", "  citation: theft-report", "  citation: theft-reports", "unknown citation 'theft-reports'")]
    public void Validator_WhenAFileBreaksARule_ReportsFileLineAndReason(string file, string find, string replace, string reason)
    {
        using var content = new TempContent();
        var line = content.Replace(file, find, replace);

        AssertReported(content.LoadErrors(), file, line, reason);
    }

    [Fact]
    public void Validator_WhenAQuestionHasOneOption_ReportsFewerThanTwoOptions()
    {
        using var content = new TempContent();
        var line = content.LineOf("questions/power-outage.yaml", "  options:");
        content.Replace("questions/power-outage.yaml",
            "    - zh-CN: \"供电公司客服，询问什么时候来电\"\n      en: \"The power company's helpline, to ask when it will be back\"\n" +
            "    - zh-CN: \"信息中心，因为电脑和系统都停了\"\n      en: \"The information centre, since the computers and system are down\"\n" +
            "    - zh-CN: \"总务处（后勤处）维修\"\n      en: \"General-affairs (logistics) maintenance\"\n", "");

        AssertReported(content.LoadErrors(), "questions/power-outage.yaml", line + 1, "at least 2 options, this one has 1");
    }

    [Fact]
    public void Validator_WhenAnOptionHasOnlyOneLanguage_ReportsTheCountMismatch()
    {
        using var content = new TempContent();
        var line = content.LineOf("questions/power-outage.yaml", "  options:");
        content.Replace("questions/power-outage.yaml", "      en: \"The power company's helpline, to ask when it will be back\"\n", "");

        AssertReported(content.LoadErrors(), "questions/power-outage.yaml", line + 1,
            "option count differs between languages: zh-CN has 4, en has 3");
    }

    [Fact]
    public void Validator_WhenATextKeyHasNoTranslation_ReportsTheKeysLine()
    {
        using var content = new TempContent();
        File.AppendAllText(Path.Combine(content.Root, "i18n", "en.yaml"), "drill_started: The drill has started.\n");
        var line = content.LineOf("i18n/en.yaml", "drill_started:");

        AssertReported(content.LoadErrors(), "i18n/en.yaml", line, "missing zh-CN translation of 'drill_started'");
    }

    [Fact]
    public void Validator_WhenSeveralFilesAreBroken_ReportsEveryErrorInOneException()
    {
        using var content = new TempContent();
        content.Replace("questions/fire.yaml", "citation: fire-guide", "citation: nowhere");
        content.Replace("site/demo-site.yaml", "    room: records-store-2\n", "    room: attic\n");

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(content.Root));

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains("questions/fire.yaml:", error.Message);
        Assert.Contains("site/demo-site.yaml:", error.Message);
    }
}
