using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Planning;

namespace DrillPlatform.Functions.Drills;

/// <summary>Daily: decides today's surprise drills (in the site's time zone; the trigger runs in UTC).</summary>
public sealed class PlanDrills(DrillPlanning planning, SiteCalendar calendar, TimeProvider time)
{
    [Function(nameof(PlanDrills))]
    public Task Run([TimerTrigger("%PlanDrillsSchedule%")] TimerInfo timer, CancellationToken ct) =>
        planning.PlanAsync(calendar.LocalDate(time.GetUtcNow()), ct);
}
