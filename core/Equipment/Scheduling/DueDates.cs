using DrillPlatform.Core.Equipment.Definitions;

namespace DrillPlatform.Core.Equipment.Scheduling;

/// <summary>
/// When checks fall due. Pure: dates in, dates out.
///
/// A series of checks is anchored on one date (the item's last check, last maintenance or install
/// date when the platform first schedules it) and its due dates are anchor + k intervals, always
/// counted from the anchor, never chained: anchored on 31 January, a monthly check falls due on
/// 28 February (29 in a leap year), then 31 March, not 28 March. A yearly check anchored on
/// 29 February falls due on 28 February in common years and on 29 February again in leap years.
///
/// A late check does not move the schedule: the next due date counts from the due date, not the
/// completion date, so a check done ten days late is followed by the next one on its usual day and
/// the tag keeps its monthly rhythm (NFPA 10 asks for checks at regular monthly intervals, not
/// "a month after whenever the last one happened"). A check so late that it ran past the next
/// due date stands in for that period too: the next one falls due on the first scheduled date
/// after the completion, so nobody is asked for two checks in one afternoon.
/// </summary>
public static class DueDates
{
    /// <summary>The k-th due date of a series (k = 1 is the first after the anchor).</summary>
    public static DateOnly Nth(DateOnly anchor, CheckInterval interval, int k) => interval.Unit switch
    {
        IntervalUnit.Week => anchor.AddDays(7 * interval.Every * k),
        IntervalUnit.Month => anchor.AddMonths(interval.Every * k),
        IntervalUnit.Year => anchor.AddYears(interval.Every * k),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval.Unit, "unknown interval unit"),
    };

    /// <summary>The first check of a new series, e.g. of an item added in the middle of a month: one interval after its anchor.</summary>
    public static DateOnly First(DateOnly anchor, CheckInterval interval) => Nth(anchor, interval, 1);

    /// <summary>The series' next due date after the check due on <paramref name="due"/> was done on <paramref name="completed"/>.</summary>
    public static DateOnly Next(DateOnly anchor, CheckInterval interval, DateOnly due, DateOnly completed)
    {
        var after = completed > due ? completed : due;
        // Start from an estimate a little early and step forward: clamping at month ends makes an
        // exact inverse awkward, and a series never needs more than a few steps from here.
        var k = Math.Max(1, Estimate(anchor, interval, after) - 1);
        while (Nth(anchor, interval, k) <= after) k++;
        return Nth(anchor, interval, k);
    }

    private static int Estimate(DateOnly anchor, CheckInterval interval, DateOnly after) => interval.Unit switch
    {
        IntervalUnit.Week => (after.DayNumber - anchor.DayNumber) / (7 * interval.Every),
        IntervalUnit.Month => ((after.Year - anchor.Year) * 12 + after.Month - anchor.Month) / interval.Every,
        _ => (after.Year - anchor.Year) / interval.Every,
    };
}
