using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Planning;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Readiness.Sending;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Local.FunctionsHost;

/// <summary>
/// What the Functions host does in Azure, done by the local host: a clock, the timer functions'
/// use cases on their NCRONTAB settings, and the queue consumers.
/// </summary>
public static class LocalRuntime
{
    private static readonly Dictionary<string, string> DefaultSchedules = new()
    {
        ["PlanDrillsSchedule"] = "0 0 16 * * *",
        ["LaunchDueDrillsSchedule"] = "0 * * * * *",
        ["EscalateAndCloseSchedule"] = "30 * * * * *",
        ["ScheduleChecksSchedule"] = "0 30 16 * * *",
        ["EscalateOverdueChecksSchedule"] = "0 0 * * * *",
        ["SnapshotReadinessSchedule"] = "0 30 15 * * 0",
        ["SendReadinessDigestSchedule"] = "0 0 1 * * 1",
        ["EscalateCorrectiveActionsSchedule"] = "0 0 1 * * *",
    };

    public static IServiceCollection AddLocalRuntime(this IServiceCollection services, IConfiguration configuration, LocalClock clock)
    {
        services.AddSingleton(clock);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);

        services.AddSingleton(Timer(configuration, "PlanDrills", (sp, now, ct) =>
            sp.GetRequiredService<DrillPlanning>().PlanAsync(sp.GetRequiredService<SiteCalendar>().LocalDate(now), ct)));
        services.AddSingleton(Timer(configuration, "LaunchDueDrills", (sp, now, ct) =>
            sp.GetRequiredService<DrillLauncher>().LaunchDueAsync(now, ct)));

        services.AddSingleton(Timer(configuration, "EscalateAndClose", (sp, now, ct) =>
            sp.GetRequiredService<DrillEscalation>().RunAsync(now, ct)));
        services.AddSingleton(Timer(configuration, "ScheduleChecks", (sp, now, ct) =>
            sp.GetRequiredService<CheckScheduling>().RunAsync(now, ct)));
        services.AddSingleton(Timer(configuration, "EscalateOverdueChecks", (sp, now, ct) =>
            sp.GetRequiredService<CheckEscalation>().RunAsync(now, ct)));
        services.AddSingleton(Timer(configuration, "SnapshotReadiness", (sp, now, ct) =>
            sp.GetRequiredService<ReadinessSnapshots>().RunAsync(ct)));
        services.AddSingleton(Timer(configuration, "SendReadinessDigest", (sp, now, ct) =>
            sp.GetRequiredService<ReadinessDigest>().RunAsync(ct)));
        services.AddSingleton(Timer(configuration, "EscalateCorrectiveActions", (sp, now, ct) =>
            sp.GetRequiredService<DrillPlatform.Core.Reports.Review.CorrectiveActionEscalation>().RunAsync(now, ct)));

        services.AddSingleton<LocalTimers>();
        services.AddHostedService(sp => sp.GetRequiredService<LocalTimers>());
        services.AddHostedService<LocalQueueWorker>();
        services.AddHostedService<LocalNudgeWorker>();
        return services;
    }

    private static LocalTimer Timer(IConfiguration configuration, string name, Func<IServiceProvider, DateTimeOffset, CancellationToken, Task> run)
    {
        var setting = name + "Schedule";
        return new LocalTimer(name, configuration[setting] ?? DefaultSchedules[setting], run);
    }
}
