using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Planning;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Drills.Runtime.Pacing;
using DrillPlatform.Core.Drills.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Core.Drills;

public static class DrillsServiceCollectionExtensions
{
    /// <summary>Scheduling, planning, launching and running drills (prompts, escalation, close). Needs AddStorage and AddContent (the site's time zone); reads the audience from the roster table.</summary>
    public static IServiceCollection AddDrills(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DrillOptions>()
            .Bind(configuration.GetSection(DrillOptions.Section))
            .ValidateDataAnnotations()
            .Validate<TemplatesFolder, ContentBundle>(CalendarLoads, "Drills: the site calendar did not load.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddTemplatesFolder(configuration);
        services.TryAddSingleton<RosterStore>();
        services.TryAddSingleton<IAudienceSource, RosterAudienceSource>();
        services.AddSingleton(sp => LoadCalendar(sp.GetRequiredService<IOptions<DrillOptions>>().Value, sp.GetRequiredService<TemplatesFolder>(), sp.GetRequiredService<ContentBundle>()));
        services.AddSingleton(sp => new DrillPlanner(sp.GetRequiredService<SiteCalendar>(), sp.GetRequiredService<IOptions<DrillOptions>>().Value.MinimumGapDays));
        services.AddSingleton<ScheduleStore>();
        services.AddSingleton<DrillStore>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<DrillPromptQueue>();
        services.AddSingleton<DrillLauncher>();
        services.AddSingleton<DrillPlanning>();

        // The runtime. IDrillPrompter and IDrillSummaryNotifier come from the bot (AddDrillBot, AddBot).
        // Teams counts requests on the wall clock, whatever the platform's clock says (a test's frozen
        // one, the local host's advanced one), so the pacer waits on real time.
        services.AddSingleton(sp => new TeamsRateLimiter(sp.GetRequiredService<IOptions<DrillOptions>>(), TimeProvider.System));
        services.AddTransient<DrillPromptDelivery>();
        services.AddTransient<DrillPromptDispatch>();
        services.AddTransient<DrillPromptPoison>();
        services.AddSingleton<DrillSummaryBuilder>();
        services.AddTransient<DrillReminders>();
        services.AddTransient<DrillClosing>();
        services.AddTransient<DrillEscalation>();
        return services;
    }

    // Loading at validation time makes a bad calendar (or site time zone) stop start-up rather than the first timer.
    private static bool CalendarLoads(DrillOptions options, TemplatesFolder templates, ContentBundle content)
    {
        LoadCalendar(options, templates, content);
        return true;
    }

    /// <summary>The calendar file, in the site's time zone (the site file states it, once).</summary>
    private static SiteCalendar LoadCalendar(DrillOptions options, TemplatesFolder templates, ContentBundle content) =>
        SiteCalendarLoader.Load(CalendarPath(options, templates), content.Site.Zone);

    /// <summary>Drills:CalendarPath when set, else templates/calendar/site-calendar.yaml.</summary>
    public static string CalendarPath(DrillOptions options, TemplatesFolder templates)
    {
        if (string.IsNullOrWhiteSpace(options.CalendarPath)) return templates.Path("calendar", "site-calendar.yaml");
        return File.Exists(options.CalendarPath)
            ? Path.GetFullPath(options.CalendarPath)
            : throw new FileNotFoundException($"Drills:CalendarPath is '{options.CalendarPath}', but no such file exists.", options.CalendarPath);
    }
}
