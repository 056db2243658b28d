using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Roster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Drills;

public static class DrillsServiceCollectionExtensions
{
    /// <summary>Scheduling, planning, launching and running drills (prompts, escalation, close). Needs AddStorage; reads the audience from the roster table.</summary>
    public static IServiceCollection AddDrills(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DrillOptions>()
            .Bind(configuration.GetSection(DrillOptions.Section))
            .ValidateDataAnnotations()
            .Validate(CalendarLoads, "Drills: the site calendar did not load.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RosterStore>();
        services.TryAddSingleton<IAudienceSource, RosterAudienceSource>();
        services.AddSingleton(sp => SiteCalendarLoader.Load(SiteCalendarFile.Resolve(sp.GetRequiredService<IOptions<DrillOptions>>().Value.CalendarPath)));
        services.AddSingleton(sp => new DrillPlanner(sp.GetRequiredService<SiteCalendar>(), sp.GetRequiredService<IOptions<DrillOptions>>().Value.MinimumGapDays));
        services.AddSingleton<ScheduleStore>();
        services.AddSingleton<DrillStore>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<DrillPromptQueue>();
        services.AddSingleton<DrillLauncher>();
        services.AddSingleton<DrillPlanning>();

        // The runtime. IDrillPrompter and IDrillSummaryNotifier come from the bot (AddDrillBot, AddBot).
        services.AddSingleton<TeamsRateLimiter>();
        services.AddTransient<DrillPromptDelivery>();
        services.AddTransient<DrillPromptPoison>();
        services.AddSingleton<DrillSummaryBuilder>();
        services.AddTransient<DrillReminders>();
        services.AddTransient<DrillClosing>();
        services.AddTransient<DrillEscalation>();
        return services;
    }

    // Loading at validation time makes a bad calendar stop start-up rather than the first timer.
    private static bool CalendarLoads(DrillOptions options)
    {
        SiteCalendarLoader.Load(SiteCalendarFile.Resolve(options.CalendarPath));
        return true;
    }
}
