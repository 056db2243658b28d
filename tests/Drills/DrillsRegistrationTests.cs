using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Planning;
using DrillPlatform.Core.Storage;
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
        File.WriteAllText(path, "timeZone: Asia/Shanghai\nworkingDays: [Mon]\nworkingHours: { start: \"08:00\", end: \"17:30\" }\nholidays:\n  2026-02-30: Nope\n");
        using var provider = Build(Settings(("Drills:CalendarPath", path)));

        var e = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains($"{path}:5: holidays: '2026-02-30' is not a date", e.ToString());
    }

    [Fact]
    public void AddDrills_WhenTheGapIsOutOfRange_FailsAtStart()
    {
        using var provider = Build(Settings(("Drills:MinimumGapDays", "-1")));

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MinimumGapDays", e.Message);
    }
}
