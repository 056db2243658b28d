using DrillPlatform.Core.Drills.Launching;

namespace DrillPlatform.Functions.Drills;

/// <summary>Every minute: launches the drills that are due, each exactly once however many instances fire.</summary>
public sealed class LaunchDueDrills(DrillLauncher launcher, TimeProvider time)
{
    [Function(nameof(LaunchDueDrills))]
    public Task Run([TimerTrigger("%LaunchDueDrillsSchedule%")] TimerInfo timer, CancellationToken ct) =>
        launcher.LaunchDueAsync(time.GetUtcNow(), ct);
}
