using DrillPlatform.Core.Quizzes;

namespace DrillPlatform.Core.Readiness.Model;

/// <summary>
/// A topic's recall in a few numbers, so reading it costs the same however many questions were
/// answered: per Leitner box b, Sums[b] = Σ 2^(-(ReferenceAt − t)/interval(b)) over the questions
/// whose latest answer was right and left them in box b (t = that answer's time). At read time
/// Σ_b Sums[b]·2^(-(now − ReferenceAt)/interval(b)) is the sum of every question's recall
/// 2^(-(now − t)/interval(b)), exactly; the per-question answers stay in the write-only column.
/// </summary>
public sealed record TopicRecall(DateTimeOffset ReferenceAt, IReadOnlyList<double> Sums)
{
    public static readonly TopicRecall None = new(DateTimeOffset.MinValue, new double[SpacedRepetition.TopBox + 1]);

    /// <summary>Σ over the topic's questions of their recall at <paramref name="now"/>.</summary>
    public double RecallAt(DateTimeOffset now) =>
        Sums.Select((sum, box) => sum * Decay(now - ReferenceAt, box)).Sum();

    public TopicRecall Add(QuestionRecall answer)
    {
        var reference = answer.ReviewedAt > ReferenceAt ? answer.ReviewedAt : ReferenceAt;
        var sums = Sums.Select((sum, box) => sum == 0 ? 0 : sum * Decay(reference - ReferenceAt, box)).ToArray();
        sums[Box(answer)] += Decay(reference - answer.ReviewedAt, Box(answer));
        return new TopicRecall(reference, sums);
    }

    public TopicRecall Remove(QuestionRecall answer)
    {
        var sums = Sums.ToArray();
        sums[Box(answer)] = Math.Max(0, sums[Box(answer)] - Decay(ReferenceAt - answer.ReviewedAt, Box(answer)));
        return this with { Sums = sums };
    }

    private static int Box(QuestionRecall answer) => Math.Clamp(answer.Box, 0, SpacedRepetition.TopBox);

    private static double Decay(TimeSpan age, int box) =>
        Math.Pow(2, -Math.Max(0, age.TotalDays) / SpacedRepetition.IntervalFor(box).TotalDays);
}
