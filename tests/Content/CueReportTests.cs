namespace DrillPlatform.Tests.Content;

/// <summary>The cue figures on small hand-made content, so each figure is known before it is measured.</summary>
[Trait("Category", "Unit")]
public class CueReportTests
{
    private static readonly Localized Explanation = new("解释", "Explanation");
    private static readonly SiteRegistry Site = new(new Site("s", new("站", "Site"), "Asia/Shanghai", [], [], []));

    private static Question Quiz(string id, int correct, params string[] options) =>
        new(id, "t", [], "fire", new Localized($"问题{id}", $"Question {id}"),
            options.Select(o => new Localized(o, o)).ToList(), correct, Explanation);

    private static Option Choice(string text, bool correct, string next, string? action = null) =>
        new(new(text, text), correct, null, new("反馈", "Feedback"), next, action ?? (correct ? "act-" + text : null), 1);

    private static Step Decision(string id, params Option[] options) =>
        new(id, new("提示", "Prompt"), 60, options, ["fire"], null, null, 1);

    private static ScenarioCatalog Catalog(params Scenario[] scenarios) =>
        new(scenarios, scenarios.SelectMany(s => s.Steps).SelectMany(s => s.Options).Select(o => o.Action).OfType<string>().Distinct()
            .Select(a => new PlanAction(a, new(a, a), ["fire"], null, "actions.yaml", 1)).ToList());

    private static Scenario Walk(string id, params Step[] steps) =>
        new(id, new(id, id), ["fire"], [], steps[0].Id, steps, $"scenarios/{id}.yaml", 1);

    private static readonly Scenario RightFirst = Walk("right-first",
        Decision("a", Choice("a-right", true, "b"), Choice("a-wrong", false, "b"), Choice("a-worse", false, "b")),
        Decision("b", Choice("b-right", true, Scenario.End), Choice("b-wrong", false, Scenario.End)));

    private static readonly Scenario RightLast = Walk("right-last",
        Decision("a", Choice("a-wrong", false, "b"), Choice("a-worse", false, "b"), Choice("a-right", true, "b")),
        Decision("b", Choice("b-wrong", false, Scenario.End), Choice("b-worse", false, Scenario.End), Choice("b-right", true, Scenario.End)));

    [Fact]
    public void Measure_WhenTheRightAnswerIsTheLongestInTwoOfFourQuestions_ReportsHalfAndFailsTheShare()
    {
        IReadOnlyList<Question> bank =
        [
            Quiz("q1", 0, "很长很长的正确答案", "短", "短二"),
            Quiz("q2", 1, "短", "很长很长的正确答案"),
            Quiz("q3", 0, "对", "很长的错误答案"),
            Quiz("q4", 0, "一样长", "一样长"), // a tie gives nothing away
        ];

        var figures = CueReport.Measure(bank, Catalog(RightLast), Site);

        Assert.Equal(["q1", "q2"], figures.LongestRightZhCn);
        Assert.Equal(0.5, figures.LongestRightShareZhCn);
        Assert.Contains(figures.Failures(CueThresholds.Default), f => f.Contains("longest option (zh-CN) in 50"));
    }

    [Fact]
    public void Measure_WhenOneInFourRightAnswersIsTheLongest_PassesTheShare()
    {
        IReadOnlyList<Question> bank =
        [
            Quiz("q1", 0, "很长很长的正确答案", "短"),
            Quiz("q2", 0, "短", "很长很长的错误答案"),
            Quiz("q3", 1, "很长很长的错误答案", "对"),
            Quiz("q4", 0, "是", "错误答案"),
        ];

        var figures = CueReport.Measure(bank, Catalog(RightLast), Site);

        Assert.Equal(0.25, figures.LongestRightShareZhCn);
        Assert.Empty(figures.Failures(CueThresholds.Default));
    }

    [Fact]
    public void Measure_WhenTheRightOptionIsAlwaysFirst_ScoresTheFirstOptionWalkAt100AndFails()
    {
        var figures = CueReport.Measure([], Catalog(RightFirst), Site);

        var walk = Assert.Single(figures.FirstOption);
        Assert.Equal(100, walk.Score);
        Assert.Contains(figures.Failures(CueThresholds.Default), f => f.Contains("'right-first' scores 100"));
    }

    [Fact]
    public void Measure_WhenTheRightOptionIsNeverFirst_ScoresTheFirstOptionWalkAtZero()
    {
        var figures = CueReport.Measure([], Catalog(RightLast), Site);

        Assert.Equal(0, Assert.Single(figures.FirstOption).Score);
        Assert.Empty(figures.Failures(CueThresholds.Default));
    }

    [Fact]
    public void Measure_WhenAStepOffersTwoOptions_ListsItAsThin()
    {
        var figures = CueReport.Measure([], Catalog(RightFirst), Site);

        Assert.Equal(["right-first/b (2)"], figures.ThinSteps);
        Assert.Contains(figures.Failures(CueThresholds.Default), f => f.Contains("fewer than 3 options: right-first/b (2)"));
    }

    [Fact]
    public void Measure_WhenTwoFilesAskTheSameQuestion_ReportsThemAsDuplicates()
    {
        var same = Quiz("fire-009", 2, "119", "120", "110");
        var reworded = Quiz("theft-005", 0, "110", "119") with { Text = new("遇到盗窃应拨打哪个电话？", "Which number for a theft?") };
        var copy = Quiz("theft-006", 0, "甲", "乙") with { Text = same.Text };
        var other = Quiz("fire-010", 0, "甲", "乙") with { Citation = "theft" };

        var figures = CueReport.Measure([same, reworded, copy, other], Catalog(RightLast), Site);

        Assert.Equal(2, figures.Duplicates.Count);
        Assert.Contains(figures.Duplicates, g => g.SequenceEqual(["fire-009", "theft-006"]));  // same text
        Assert.Contains(figures.Duplicates, g => g.SequenceEqual(["fire-009", "theft-005"]));  // same citation, same right answer
    }

    [Fact]
    public void Print_Always_WritesEveryFigure()
    {
        var output = new StringWriter();

        CueReport.Measure([Quiz("q1", 0, "长的正确答案", "短")], Catalog(RightFirst), Site).Print(output);

        var text = output.ToString();
        Assert.Contains("longest option in 1/1 questions zh-CN (100", text);
        Assert.Contains("1 walk step(s) with fewer than 3 options: right-first/b (2)", text);
        Assert.Contains("right-first 100", text);
        Assert.Contains("0 duplicate question(s)", text);
    }
}
