namespace DrillPlatform.Core.Drills.Calendar;

/// <summary>
/// The site's working days and hours. All conversion happens here, with the IANA zone, because the
/// Flex Consumption plan has no time-zone setting: the process clock is UTC.
/// </summary>
public sealed class SiteCalendar(
    TimeZoneInfo timeZone,
    IEnumerable<DayOfWeek> workingDays,
    TimeOnly workingStart,
    TimeOnly workingEnd,
    IReadOnlyDictionary<DateOnly, string> holidays,
    IEnumerable<DateOnly> extraWorkingDays,
    IReadOnlyList<Shift>? shifts = null)
{
    private readonly HashSet<DayOfWeek> workingDays = [.. workingDays];
    private readonly HashSet<DateOnly> extraWorkingDays = [.. extraWorkingDays];

    public TimeZoneInfo TimeZone { get; } = timeZone;
    public TimeOnly WorkingStart { get; } = workingStart;
    public TimeOnly WorkingEnd { get; } = workingEnd;

    /// <summary>The shifts of the day, in order of start time (reports count drills per shift).</summary>
    public IReadOnlyList<Shift> Shifts { get; } = (shifts is { Count: > 0 } ? shifts : Shift.Standard).OrderBy(s => s.Start).ToList();

    public Shift ShiftAt(DateTimeOffset utc) => Shift.At(Shifts, TimeOnly.FromDateTime(ToLocal(utc).DateTime));

    public bool IsHoliday(DateOnly date) => holidays.ContainsKey(date);

    public string? HolidayName(DateOnly date) => holidays.GetValueOrDefault(date);

    /// <summary>A weekday that is not a holiday, or a weekend day the holiday arrangement makes a working day (调休).</summary>
    public bool IsWorkingDay(DateOnly date) =>
        !IsHoliday(date) && (workingDays.Contains(date.DayOfWeek) || extraWorkingDays.Contains(date));

    public bool IsWorkingTime(DateTimeOffset utc)
    {
        var local = ToLocal(utc);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= WorkingStart && time < WorkingEnd;
    }

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, TimeZone);

    public DateOnly LocalDate(DateTimeOffset utc) => DateOnly.FromDateTime(ToLocal(utc).DateTime);

    public DateTimeOffset ToUtc(DateOnly date, TimeOnly time) => ToUtc(date.ToDateTime(time));

    /// <summary>A local wall-clock time as a UTC instant.</summary>
    public DateTimeOffset ToUtc(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone), TimeSpan.Zero);
}
