namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Leitner boxes: a right answer moves the question up a box and spaces it further out; a wrong
/// one sends it back to box 0 and brings it back within minutes, so what someone got wrong is
/// practised before what they already know.
/// </summary>
public static class SpacedRepetition
{
    public const int TopBox = 5;
    public static readonly TimeSpan RetryAfterMiss = TimeSpan.FromMinutes(10);

    // Interval for boxes 1..5 (index 0 is unused: box 0 means "missed", handled by RetryAfterMiss).
    private static readonly TimeSpan[] Intervals =
        [TimeSpan.Zero, TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(7), TimeSpan.FromDays(21), TimeSpan.FromDays(60)];

    public static TimeSpan IntervalFor(int box) => box <= 0 ? RetryAfterMiss : Intervals[Math.Min(box, TopBox)];

    public static Mastery Next(Mastery? current, bool correct, DateTimeOffset now)
    {
        var (right, wrong) = (current?.CorrectCount ?? 0, current?.WrongCount ?? 0);
        if (!correct) return new Mastery(0, now + RetryAfterMiss, now, right, wrong + 1);

        var box = Math.Min((current?.Box ?? 0) + 1, TopBox);
        return new Mastery(box, now + IntervalFor(box), now, right + 1, wrong);
    }
}
