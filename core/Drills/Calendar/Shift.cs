namespace DrillPlatform.Core.Drills.Calendar;

/// <summary>
/// A named part of the site's day (templates/calendar/site-calendar.yaml, shifts). A local time
/// belongs to the shift whose start is the latest at or before it; before the earliest start it
/// belongs to the last shift of the day (a night shift that runs past midnight).
/// </summary>
public sealed record Shift(string Id, TimeOnly Start, Localized Name)
{
    /// <summary>Day 08:00, evening 16:00, night 00:00: used when the calendar names none.</summary>
    public static readonly IReadOnlyList<Shift> Standard =
    [
        new("night", new(0, 0), new("夜班", "Night")),
        new("day", new(8, 0), new("白班", "Day")),
        new("evening", new(16, 0), new("中班", "Evening")),
    ];

    public static Shift At(IReadOnlyList<Shift> shifts, TimeOnly local)
    {
        var ordered = shifts.OrderBy(s => s.Start).ToList();
        return ordered.LastOrDefault(s => s.Start <= local) ?? ordered[^1];
    }
}
