using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Core.Content;

/// <summary>The limits above which content lets people score by cue instead of by knowing the plan.</summary>
public sealed record CueThresholds(double MaxLongestRightShare = 0.34, int MinWalkOptions = 3, int MaxFirstOptionScore = 59)
{
    public static readonly CueThresholds Default = new();
}

/// <summary>One scenario walked by always clicking the first option in file order: its worst (highest) score over the parameter values.</summary>
public sealed record FirstOptionScore(string ScenarioId, int Score, string Parameters);

/// <summary>
/// The cue figures of the content (issue 9): how often the right quiz answer is simply the longest
/// option (per language; chance is 1/options), walk steps offering fewer than three options, the score
/// of "always the first option", and duplicate questions: the same text, or the same plan section
/// with the same right answer.
/// </summary>
public sealed record CueFigures(
    int Questions,
    IReadOnlyList<string> LongestRightZhCn,
    IReadOnlyList<string> LongestRightEn,
    IReadOnlyList<string> ThinSteps,
    IReadOnlyList<FirstOptionScore> FirstOption,
    IReadOnlyList<IReadOnlyList<string>> Duplicates)
{
    public double LongestRightShareZhCn => Share(LongestRightZhCn.Count);
    public double LongestRightShareEn => Share(LongestRightEn.Count);

    private double Share(int count) => Questions == 0 ? 0 : (double)count / Questions;

    /// <summary>One line per figure over its threshold; empty when the content is within all of them.</summary>
    public IReadOnlyList<string> Failures(CueThresholds limits)
    {
        var failures = new List<string>();
        if (LongestRightShareZhCn > limits.MaxLongestRightShare)
            failures.Add($"the right answer is the longest option (zh-CN) in {LongestRightShareZhCn:P0} of questions, above {limits.MaxLongestRightShare:P0}: {string.Join(", ", LongestRightZhCn)}");
        if (LongestRightShareEn > limits.MaxLongestRightShare)
            failures.Add($"the right answer is the longest option (en) in {LongestRightShareEn:P0} of questions, above {limits.MaxLongestRightShare:P0}: {string.Join(", ", LongestRightEn)}");
        if (ThinSteps.Count > 0)
            failures.Add($"{ThinSteps.Count} walk step(s) offer fewer than {limits.MinWalkOptions} options: {string.Join(", ", ThinSteps)}");
        foreach (var s in FirstOption.Where(s => s.Score > limits.MaxFirstOptionScore))
            failures.Add($"scenario '{s.ScenarioId}' scores {s.Score} when the first option is always chosen{s.Parameters}, above {limits.MaxFirstOptionScore}");
        foreach (var group in Duplicates)
            failures.Add($"questions {string.Join(" = ", group)} are duplicates (same text, or same citation and right answer)");
        return failures;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"cues: right answer is the longest option in {LongestRightZhCn.Count}/{Questions} questions zh-CN ({LongestRightShareZhCn:P0}), " +
            $"{LongestRightEn.Count}/{Questions} en ({LongestRightShareEn:P0})");
        output.WriteLine($"cues: {ThinSteps.Count} walk step(s) with fewer than 3 options{(ThinSteps.Count > 0 ? ": " + string.Join(", ", ThinSteps) : "")}");
        output.WriteLine("cues: score when always choosing the first option: " +
            string.Join(", ", FirstOption.Select(s => $"{s.ScenarioId} {s.Score}{s.Parameters}")));
        output.WriteLine($"cues: {Duplicates.Count} duplicate question(s){(Duplicates.Count > 0 ? ": " + string.Join("; ", Duplicates.Select(g => string.Join(" = ", g))) : "")}");
    }
}

public static class CueReport
{
    public static CueFigures Measure(IReadOnlyList<Question> questions, ScenarioCatalog catalog, SiteRegistry site, CueThresholds? limits = null)
    {
        limits ??= CueThresholds.Default;
        return new CueFigures(
            questions.Count,
            questions.Where(q => RightIsLongest(q, o => o.ZhCn)).Select(q => q.Id).ToList(),
            questions.Where(q => RightIsLongest(q, o => o.En)).Select(q => q.Id).ToList(),
            catalog.Scenarios.SelectMany(s => s.Steps.Where(step => step.Options.Count < limits.MinWalkOptions)
                .Select(step => $"{s.Id}/{step.Id} ({step.Options.Count})")).ToList(),
            catalog.Scenarios.Select(s => FirstOptionScore(catalog, s, site)).ToList(),
            Duplicates(questions));
    }

    /// <summary>Strictly longer than every other option: a tie gives nothing away.</summary>
    public static bool RightIsLongest(Question question, Func<Localized, string> text)
    {
        if (question.Correct < 0 || question.Correct >= question.Options.Count) return false;
        var right = text(question.Options[question.Correct]).Length;
        return question.Options.Where((_, i) => i != question.Correct).All(o => text(o).Length < right);
    }

    /// <summary>Walks the scenario answering the first option of every step, promptly, for each parameter combination; keeps the highest score.</summary>
    public static FirstOptionScore FirstOptionScore(ScenarioCatalog catalog, Scenario scenario, SiteRegistry site)
    {
        var engine = new ScenarioEngine(catalog);
        var start = new DateTimeOffset(2025, 1, 6, 2, 0, 0, TimeSpan.Zero);
        FirstOptionScore? worst = null;
        foreach (var combo in ScenarioPath.Combinations(scenario))
        {
            var state = engine.Start(scenario, ScenarioParameters.Resolve(scenario, site, combo), start);
            for (var guard = 0; !state.Finished && guard < 4 * scenario.Steps.Count + 4; guard++)
                state = engine.Answer(state, state.CurrentStep!, 0, state.CurrentPromptedAt.AddSeconds(1)).State;
            var score = ScenarioScorer.Score(scenario, state).Score;
            if (worst is null || score > worst.Score)
                worst = new FirstOptionScore(scenario.Id, score, combo.Count == 0 ? "" : $" ({string.Join(", ", combo.Select(c => $"{c.Key}={c.Value}"))})");
        }
        return worst ?? new FirstOptionScore(scenario.Id, 0, "");
    }

    private static List<IReadOnlyList<string>> Duplicates(IReadOnlyList<Question> questions) =>
        questions
            .SelectMany(q => new[]
            {
                (Key: "zh:" + Normalize(q.Text.ZhCn), q.Id),
                (Key: "en:" + Normalize(q.Text.En), q.Id),
                (Key: RightAnswerKey(q), q.Id),
            })
            .Where(x => x.Key.Length > 3)
            .GroupBy(x => x.Key)
            .Select(g => g.Select(x => x.Id).Distinct().Order(StringComparer.Ordinal).ToList())
            .Where(ids => ids.Count > 1)
            .DistinctBy(ids => string.Join('|', ids))
            .Select(ids => (IReadOnlyList<string>)ids)
            .ToList();

    // The same plan section asked with the same right answer is the same question in other words.
    private static string RightAnswerKey(Question q) =>
        q.Correct >= 0 && q.Correct < q.Options.Count ? $"right:{q.Citation}:{Normalize(q.Options[q.Correct].ZhCn)}" : "";

    private static string Normalize(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
}
