namespace DrillPlatform.Core.Equipment.Scheduling;

/// <summary>The clock of each site the platform knows (today: the one site of the content).</summary>
public sealed class SiteClockProvider(ContentBundle content)
{
    private readonly SiteClock site = SiteClock.For(content.Site);

    public string SiteId { get; } = content.Site.Id;

    public TimeZoneInfo Zone(string siteId) => For(siteId).Zone;

    public SiteClock For(string siteId) => siteId == SiteId
        ? site
        : throw new ArgumentException($"Unknown site '{siteId}'; this deployment serves '{SiteId}'.", nameof(siteId));
}
