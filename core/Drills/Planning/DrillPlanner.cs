using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Core.Drills.Planning;

/// <summary>
/// Decides, one day at a time, whether a schedule gets a drill for a department today and when.
/// Pure: the same request (and seed) always gives the same decision.
///
/// Cadence: on each eligible day the chance of a drill is (drills still owed in the period) /
/// (working days left in the period, today included). The expected number planned over the period
/// is then the number owed, no day is more likely than another in advance, and on the last working
/// days the chance reaches 1 so the count is met unless the minimum gap blocks those days.
/// </summary>
public sealed class DrillPlanner(SiteCalendar calendar, int minimumGapDays)
{
    public PlanDecision Decide(PlanRequest request)
    {
        var s = request.Schedule;
        var date = request.LocalDate;
        var id = DrillIds.ForPlan(s.Id, date, request.Department);
        var active = request.DepartmentDrills.Where(d => d.Status != DrillStatus.Cancelled).ToList();
        PlanDecision No(string why) => new(null, request.Seed, $"No drill on {Day(date)} for {request.Department}: {why}.");

        if (active.Any(d => d.Id == id)) return No("this schedule already has a drill planned for the day");
        if (s.Mode == DrillMode.Announced) return Announced(request, id, No);

        if (date < s.Earliest || date > s.Latest) return No($"outside the window {Day(s.Earliest!.Value)} to {Day(s.Latest!.Value)}");
        if (calendar.HolidayName(date) is { } holiday) return No($"a holiday ({holiday})");
        if (!calendar.IsWorkingDay(date)) return No($"a {date.DayOfWeek}, not a working day");

        var near = active.FirstOrDefault(d => Math.Abs(d.LocalDate.DayNumber - date.DayNumber) < minimumGapDays);
        if (near is not null) return No($"drill {near.Id} on {Day(near.LocalDate)} is within the {minimumGapDays}-day gap");

        var period = CadencePeriod.For(s, date);
        var done = active.Count(d => d.ScheduleId == s.Id && period.Contains(d.LocalDate));
        var owed = s.Cadence.Count - done;
        if (owed <= 0) return No($"{s.Cadence} is already met for {period.Label} ({done} planned)");

        var daysLeft = WorkingDays(date, period.End);
        var chance = Math.Min(1.0, (double)owed / daysLeft);
        var random = new SeededRandom(request.Seed);
        var roll = random.NextDouble();
        var odds = $"{owed} of {s.Cadence.Count} still owed for {period.Label} over {daysLeft} working days left, chance {F(chance)}, roll {F(roll)}";
        if (roll >= chance) return No(odds);

        var (from, to, kind) = TimeWindow(s);
        if (request.NotBefore is { } notBefore && calendar.LocalDate(notBefore) == date)
            from = Math.Max(from, (int)Math.Ceiling(calendar.ToLocal(notBefore).TimeOfDay.TotalMinutes));
        if (from >= to) return No($"no time left in the {kind} ({Clock(from)} to {Clock(to)})");

        var minute = from + random.NextInt(to - from);
        var planned = calendar.ToUtc(date, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)));
        var why = $"Surprise drill on {Day(date)} at {Clock(minute)} {calendar.TimeZone.Id}: {odds}; " +
                  $"time drawn from the {kind} {Clock(from)} to {Clock(to)} (seed {request.Seed}).";
        return new PlanDecision(NewDrill(request, id, planned, why), request.Seed, why);
    }

    /// <summary>A seed per schedule, department and day, so a timer firing twice decides the same way twice.</summary>
    public static int DailySeed(int scheduleSeed, string department, DateOnly date)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(department)) hash = (hash ^ b) * 16777619u;
        var mixed = new SeededRandom(((long)scheduleSeed << 32) ^ ((long)hash << 8) ^ date.DayNumber).NextDouble();
        return (int)(mixed * int.MaxValue);
    }

    private PlanDecision Announced(PlanRequest request, string id, Func<string, PlanDecision> no)
    {
        var local = request.Schedule.AnnouncedAt!.Value;
        if (DateOnly.FromDateTime(local) != request.LocalDate) return no($"the drill is announced for {local:yyyy-MM-dd HH:mm}");
        var why = $"Announced drill at {local:yyyy-MM-dd HH:mm} {calendar.TimeZone.Id}, the time the trainer set.";
        return new PlanDecision(NewDrill(request, id, calendar.ToUtc(local), why), request.Seed, why);
    }

    // Minutes after local midnight. A drill starts early enough that its deadline falls inside working
    // hours; only the on-duty person may be drilled at any hour.
    private (int From, int To, string Kind) TimeWindow(DrillSchedule s)
    {
        if (s.Audience.OnDutyOnly) return (0, 24 * 60, "whole day (on-duty audience)");
        var start = Math.Max(s.WorkingStart.ToTimeSpan().TotalMinutes, calendar.WorkingStart.ToTimeSpan().TotalMinutes);
        var end = Math.Min(s.WorkingEnd.ToTimeSpan().TotalMinutes, calendar.WorkingEnd.ToTimeSpan().TotalMinutes);
        return ((int)start, (int)end - s.ResponseDeadlineMinutes, "working hours less the response deadline");
    }

    private int WorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
            if (calendar.IsWorkingDay(d)) count++;
        return Math.Max(count, 1);
    }

    private static Drill NewDrill(PlanRequest r, string id, DateTimeOffset planned, string why) => new()
    {
        Id = id,
        ScheduleId = r.Schedule.Id,
        ScenarioId = r.Schedule.ScenarioId,
        Department = r.Department,
        Roles = r.Schedule.Audience.Roles,
        OnDutyOnly = r.Schedule.Audience.OnDutyOnly,
        LocalDate = r.LocalDate,
        PlannedAt = planned,
        Seed = r.Seed,
        Explanation = why,
        RequestedBy = r.Schedule.CreatedBy,
        ResponseDeadlineMinutes = r.Schedule.ResponseDeadlineMinutes,
        EscalationDelayMinutes = r.Schedule.EscalationDelayMinutes,
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture);

    private static string Clock(int minutes) => $"{minutes / 60:D2}:{minutes % 60:D2}";

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
