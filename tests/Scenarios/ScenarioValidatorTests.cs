namespace DrillPlatform.Tests.Scenarios;

/// <summary>Each case breaks one thing in a temp copy of the shipped files and expects file, line and reason.</summary>
[Trait("Category", "Unit")]
public sealed class ScenarioValidatorTests : IDisposable
{
    private readonly string folder = ScenarioFiles.CopyToTemp();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private ContentError SingleError()
    {
        var errors = ScenarioValidator.Validate(ScenarioLoader.Load(folder));
        return Assert.Single(errors);
    }

    private static void AssertAt(ContentError error, string file, int line, string reason)
    {
        Assert.Equal($"scenarios/{file}", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith($"{error.File}:{line}: ", error.ToString());
    }

    [Fact]
    public void Validator_WhenNoOptionLeadsToAStep_ReportsItUnreachable()
    {
        // theft: the only way into 'chase' is the wrong first option; send it elsewhere.
        ScenarioFiles.Edit(folder, "theft-discovered.yaml", "next: chase", "next: seal-exits");
        var line = Line("theft-discovered.yaml", "  - id: chase");
        AssertAt(SingleError(), "theft-discovered.yaml", line, "step 'chase' is unreachable");
    }

    [Fact]
    public void Validator_WhenAStepCannotReachTheEnd_ReportsADeadEnd()
    {
        // power-outage: 'still-dark' and 'surge' now only send each other round in circles.
        const string file = "power-outage.yaml";
        ScenarioFiles.EditStep(folder, file, "still-dark", "next: unplug", "next: surge");
        ScenarioFiles.EditStep(folder, file, "surge", "next: report", "next: still-dark");

        var errors = ScenarioValidator.Validate(ScenarioLoader.Load(folder));

        Assert.Equal(2, errors.Count);
        AssertAt(errors[0], "power-outage.yaml", Line("power-outage.yaml", "  - id: still-dark"), "dead end: no path from step 'still-dark'");
        AssertAt(errors[1], "power-outage.yaml", Line("power-outage.yaml", "  - id: surge"), "dead end: no path from step 'surge'");
    }

    [Fact]
    public void Validator_WhenATranslationIsMissing_ReportsTheTextAndItsLine()
    {
        var line = ScenarioFiles.Edit(folder, "backup-failure.yaml",
            "          en: Contact the software vendor to get it fixed\n", "");
        AssertAt(SingleError(), "backup-failure.yaml", line - 1, "missing en translation of 'text'");
    }

    [Fact]
    public void Validator_WhenNextNamesAnUnknownStep_ReportsTheOption()
    {
        ScenarioFiles.Edit(folder, "unauthorised-access.yaml", "can tip them off; the plan says report at once.\n        next: preserve", "can tip them off; the plan says report at once.\n        next: preserv");
        var line = Line("unauthorised-access.yaml", "      - text:\n          zh-CN: 私下问问那位同事，不要声张");
        AssertAt(SingleError(), "unauthorised-access.yaml", line, "has next 'preserv', which is not a step");
    }

    [Fact]
    public void Validator_WhenAStepHasNoCorrectOption_ReportsTheStep()
    {
        ScenarioFiles.Edit(folder, "theft-discovered.yaml",
            "          en: Seal every exit of the office building at once\n        correct: true",
            "          en: Seal every exit of the office building at once\n        correct: false");
        var errors = ScenarioValidator.Validate(ScenarioLoader.Load(folder));
        var line = Line("theft-discovered.yaml", "  - id: seal-exits");
        Assert.Contains(errors, e => e.Line == line && e.Reason == "step 'seal-exits' has no correct option when afterHours=false");
    }

    [Fact]
    public void Validator_WhenOnlyOneCaseOfAfterHoursHasARightAnswer_NamesTheMissingCase()
    {
        ScenarioFiles.Edit(folder, "fire-records-store.yaml",
            "        correct:\n          afterHours: \"true\"", "        correct: false");
        var error = SingleError();
        AssertAt(error, "fire-records-store.yaml", Line("fire-records-store.yaml", "  - id: report"), "step 'report' has no correct option when afterHours=true");
    }

    [Fact]
    public void Validator_WhenAPlaceholderIsNotAParameter_ReportsIt()
    {
        var line = ScenarioFiles.Edit(folder, "power-outage.yaml", "      zh-CN: 现在是{afterHours}。还要告诉谁？\n      en: It is {afterHours}. Who else needs to know?",
            "      zh-CN: 现在是{afterHours}。还要告诉谁？{floor}\n      en: It is {afterHours}. Who else needs to know? {floor}");
        AssertAt(SingleError(), "power-outage.yaml", Line("power-outage.yaml", "  - id: report"), "uses {floor}, which is not a parameter");
        Assert.True(line > 0);
    }

    [Fact]
    public void Validator_WhenAKeyIsMisspelt_ReportsTheKeyAndLine()
    {
        var line = ScenarioFiles.Edit(folder, "fire-records-store.yaml", "    timeLimit: 120", "    timelimit: 120");
        var errors = ScenarioValidator.Validate(ScenarioLoader.Load(folder));
        Assert.Contains(errors, e => e.Line == line && e.Reason.StartsWith("unknown key 'timelimit'"));
        Assert.Contains(errors, e => e.Line == Line("fire-records-store.yaml", "  - id: call-facts") && e.Reason == "missing 'timeLimit'");
    }

    [Fact]
    public void Validator_WhenTheYamlIsBroken_ReportsTheLineOfTheSyntaxError()
    {
        var line = ScenarioFiles.Edit(folder, "theft-discovered.yaml", "start: discover", "start: discover: now");
        var error = Assert.Single(ScenarioValidator.Validate(ScenarioLoader.Load(folder)));
        AssertAt(error, "theft-discovered.yaml", line, "not valid YAML");
    }

    [Fact]
    public void Validator_WhenABracketIsNeverClosed_ReportsTheFileInsteadOfCrashing()
    {
        ScenarioFiles.Edit(folder, "theft-discovered.yaml", "start: discover", "start: [discover");
        var error = Assert.Single(ScenarioValidator.Validate(ScenarioLoader.Load(folder)));
        Assert.Equal("scenarios/theft-discovered.yaml", error.File);
        Assert.Contains("unclosed", error.Reason);
    }

    [Fact]
    public void Validator_WhenACitationIsNotAPlanSection_ReportsIt()
    {
        ScenarioFiles.Edit(folder, "theft-discovered.yaml", "    citation: [theft-scene]", "    citation: [theft-scen]");
        var sections = ScenarioFiles.Sections.Select(s => s.Id).ToHashSet();
        var errors = ScenarioValidator.Validate(ScenarioLoader.Load(folder), sections);
        var error = Assert.Single(errors);
        AssertAt(error, "theft-discovered.yaml", Line("theft-discovered.yaml", "  - id: protect-scene"), "cites 'theft-scen', which is not a section of the plan");
    }

    private int Line(string file, string text)
    {
        var content = File.ReadAllText(Path.Combine(folder, ScenarioLoader.Folder, file));
        var at = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' not in {file}");
        return content[..at].Count(c => c == '\n') + 1;
    }
}
