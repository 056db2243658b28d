namespace DrillPlatform.Core.Scenarios;

public sealed record ScenarioScore(int Score, double Correctness, double Order, double Speed, IReadOnlyList<string> MissedActions);

/// <summary>
/// Scores a walk against the plan's path for its parameters (<see cref="ScenarioPath.Right"/>).
///
///   Correctness C = plan steps whose FIRST answer was right / plan steps.
///                   A wrong turn, a timeout or a step never reached is a miss, even if a later
///                   consequence step puts it right; the plan step's action is listed as missed.
///   Order       O = LCS(performed, plan order) / |performed|, where "performed" is the plan
///                   actions of the chosen options (right or wrong), first occurrence each, in the
///                   order chosen — doing the right things in the wrong order (moving records
///                   before cutting the power) costs here. 0 if nothing was performed.
///   Speed       S = mean over plan steps of: 1 if the first answer was right within half the
///                   time limit, falling linearly to 0 at the limit; 0 for a miss.
///   Score = round(100 × (0.6·C + 0.2·O + 0.2·S)), so the right path answered promptly is 100
///   and a walk with nothing right is 0.
/// </summary>
public static class ScenarioScorer
{
    public static ScenarioScore Score(Scenario scenario, WalkState state)
    {
        var path = ScenarioPath.Right(scenario, state.Parameters);
        var plan = ScenarioPath.PlanOrder(scenario, state.Parameters);
        var first = state.History.GroupBy(r => r.StepId).ToDictionary(g => g.Key, g => g.First());
        var right = path.Where(s => first.TryGetValue(s.Id, out var r) && r.Correct).ToList();

        var missed = path.Except(right)
            .Select(s => ScenarioPath.RightOption(s, state.Parameters)?.Action)
            .OfType<string>()
            .Distinct()
            .ToList();
        var correctness = path.Count == 0 ? 0 : (double)right.Count / path.Count;

        var performed = state.History.Select(r => r.Action).OfType<string>().Distinct().Where(plan.Contains).ToList();
        var order = performed.Count == 0 ? 0 : (double)LongestCommonSubsequence(performed, plan) / performed.Count;

        var speed = path.Count == 0 ? 0 : right.Sum(s => Promptness(first[s.Id], s)) / path.Count;

        var score = (int)Math.Round(100 * (0.6 * correctness + 0.2 * order + 0.2 * speed), MidpointRounding.AwayFromZero);
        return new ScenarioScore(score, correctness, order, speed, missed);
    }

    private static double Promptness(StepRecord record, Step step)
    {
        var ratio = Math.Max(0, record.Latency?.TotalSeconds ?? double.MaxValue) / step.TimeLimitSeconds;
        return ratio <= 0.5 ? 1 : Math.Clamp(2 * (1 - ratio), 0, 1);
    }

    private static int LongestCommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
            for (var j = 1; j <= b.Count; j++)
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
        return table[a.Count, b.Count];
    }
}
