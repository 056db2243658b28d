namespace DrillPlatform.Core.Equipment.Scheduling;

/// <summary>Checks fall due on the site's calendar days, whatever zone the host runs in (Flex Consumption has no WEBSITE_TIME_ZONE).</summary>
public sealed class SiteClock(TimeZoneInfo zone)
{
    public static SiteClock For(Site site) => new(site.Zone);

    public TimeZoneInfo Zone { get; } = zone;

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
}
