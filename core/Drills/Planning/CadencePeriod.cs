namespace DrillPlatform.Core.Drills.Planning;

/// <summary>The stretch of days a cadence counts its drills over, clipped to the schedule's window.</summary>
internal sealed record CadencePeriod(DateOnly Start, DateOnly End, string Label)
{
    public static CadencePeriod For(DrillSchedule schedule, DateOnly date)
    {
        var (start, end, label) = schedule.Cadence.Kind switch
        {
            CadenceKind.PerMonth => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1), $"{date:yyyy-MM}"),
            CadenceKind.PerQuarter => Quarter(date),
            _ => (schedule.Earliest ?? date, schedule.Latest ?? date, "the window"),
        };
        if (schedule.Earliest is { } earliest && earliest > start) start = earliest;
        if (schedule.Latest is { } latest && latest < end) end = latest;
        return new CadencePeriod(start, end, label);
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    private static (DateOnly, DateOnly, string) Quarter(DateOnly date)
    {
        var first = new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1), $"{date.Year}-Q{(date.Month - 1) / 3 + 1}");
    }
}
