using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Planning;
using DrillPlatform.Core.Storage;
using DrillPlatform.Tests.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Storage")]
public class DrillsRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddContent(configuration);
        services.AddStorage(configuration);
        services.AddDrills(configuration);
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Drills:CalendarPath"] = Path.Combine(AzuriteFixture.RepoRoot, "templates", "calendar", "site-calendar.yaml"),
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    [Fact]
    public void AddDrills_ResolvesTheUseCasesWithTheConfiguredGap()
    {
        using var provider = Build(Settings(("Drills:MinimumGapDays", "10")));

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(provider.GetRequiredService<DrillLauncher>());
        Assert.NotNull(provider.GetRequiredService<DrillPlanning>());
        Assert.Equal(10, provider.GetRequiredService<IOptions<DrillOptions>>().Value.MinimumGapDays);
        Assert.Equal("Asia/Shanghai", provider.GetRequiredService<SiteCalendar>().TimeZone.Id);
        Assert.IsType<RosterAudienceSource>(provider.GetRequiredService<IAudienceSource>());
    }

    [Fact]
    public void AddDrills_WhenTheCalendarIsBroken_FailsAtStartWithFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"calendar-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "workingDays: [Mon]\nworkingHours: { start: \"08:00\", end: \"17:30\" }\nholidays:\n  2026-02-30: Nope\n");
        using var provider = Build(Settings(("Drills:CalendarPath", path)));

        var e = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains($"{path}:4: each date of 'holidays' must be a date written yyyy-MM-dd, not '2026-02-30'", e.ToString());
    }

    [Theory]
    [InlineData("timeZone: Mars/Olympus", "unknown time zone 'Mars/Olympus'")]
    [InlineData("", "missing 'timeZone'")]
    public void AddDrills_WhenTheSiteTimeZoneIsBadOrMissing_FailsAtStartWithTheSiteFileAndLine(string zone, string reason)
    {
        using var content = new TempContent();
        var line = content.Replace("site/demo-site.yaml", "timeZone: Asia/Shanghai", zone);
        var at = zone.Length > 0 ? line : content.LineOf("site/demo-site.yaml", "id: demo-hospital");
        using var provider = Build(Settings(("Content:Root", content.Root), ("Drills:CalendarPath", null)));

        var e = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains($"site/demo-site.yaml:{at}: {reason}", e.ToString());
    }

    [Fact]
    public void AddDrills_TakesTheCalendarZoneFromTheSiteFile()
    {
        using var content = new TempContent();
        content.Replace("site/demo-site.yaml", "timeZone: Asia/Shanghai", "timeZone: Asia/Urumqi");
        using var provider = Build(Settings(("Content:Root", content.Root), ("Drills:CalendarPath", null)));

        Assert.Equal("Asia/Urumqi", provider.GetRequiredService<SiteCalendar>().TimeZone.Id);
        Assert.Equal("Asia/Urumqi", provider.GetRequiredService<ContentBundle>().Site.Zone.Id);
    }

    [Fact]
    public void AddDrills_WhenTheGapIsOutOfRange_FailsAtStart()
    {
        using var provider = Build(Settings(("Drills:MinimumGapDays", "-1")));

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MinimumGapDays", e.Message);
    }
}
