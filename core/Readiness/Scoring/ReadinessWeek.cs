using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Scheduling;

namespace DrillPlatform.Core.Readiness.Scoring;

/// <summary>The site's calendar for readiness: local dates and the Monday a week starts on.</summary>
public sealed class ReadinessWeek(SiteClock clock)
{
    public TimeZoneInfo Zone => clock.Zone;

    public DateOnly Today(DateTimeOffset now) => clock.Today(now);

    public DateOnly Start(DateTimeOffset now)
    {
        var today = clock.Today(now);
        return today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
    }
}
