using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Scheduling;

namespace DrillPlatform.Functions.Equipment;

/// <summary>Daily: opens the equipment checks that fall due, once per item and period.</summary>
public sealed class ScheduleChecks(CheckScheduling scheduling, TimeProvider time)
{
    [Function(nameof(ScheduleChecks))]
    public Task Run([TimerTrigger("%ScheduleChecksSchedule%")] TimerInfo timer, CancellationToken ct) =>
        scheduling.RunAsync(time.GetUtcNow(), ct);
}
