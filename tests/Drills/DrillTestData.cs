using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Tests.Drills;

/// <summary>The shipped site calendar and schedules to plan against.</summary>
internal static class DrillTestData
{
    public static SiteCalendar Calendar { get; } = SiteCalendarLoader.Load(
        Path.Combine(AzuriteFixture.RepoRoot, "templates", "calendar", "site-calendar.yaml"),
        ContentLoader.Load(Path.Combine(AzuriteFixture.RepoRoot, "templates")).Site.Zone);

    public static DrillSchedule Surprise(
        DateOnly earliest, DateOnly latest, Cadence? cadence = null, DrillAudience? audience = null, string id = "s1") => new()
    {
        Id = id,
        ScenarioId = "fire-records-store",
        Audience = audience ?? DrillAudience.Department("records"),
        Mode = DrillMode.Surprise,
        Earliest = earliest,
        Latest = latest,
        Cadence = cadence ?? Cadence.Once,
        Seed = 12345,
        CreatedBy = "trainer-1",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }
}
