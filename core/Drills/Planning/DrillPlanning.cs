using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Core.Drills.Planning;

/// <summary>
/// The PlanDrills use case: every schedule, every department, one decision for the day. Running it
/// twice for the same day plans nothing new: seeds are derived from schedule, department and day,
/// and drill ids from schedule, day and department, so the second run proposes the same rows.
/// </summary>
public sealed class DrillPlanning(
    ScheduleStore schedules,
    DrillStore drills,
    DrillPlanner planner,
    TimeProvider time,
    ILogger<DrillPlanning> logger)
{
    // Enough history to count a quarter's drills and check the gap on either side.
    private const int LookBackDays = 100;
    private const int LookAheadDays = 100;

    public async Task<IReadOnlyList<PlanDecision>> PlanAsync(DateOnly localDate, CancellationToken ct = default)
    {
        var decisions = new List<PlanDecision>();
        foreach (var schedule in await schedules.ListAsync(ct))
        {
            foreach (var department in schedule.Audience.DrillDepartments)
            {
                var existing = await drills.ListAroundAsync(department, localDate, LookBackDays, LookAheadDays, ct);
                var seed = DrillPlanner.DailySeed(schedule.Seed, department, localDate);
                var decision = planner.Decide(new PlanRequest(schedule, department, localDate, existing, seed, time.GetUtcNow()));
                if (decision.Drill is { } drill && await drills.AddPlannedAsync(drill, ct))
                    logger.LogInformation("Drill {DrillId} planned for {Department} from schedule {ScheduleId}", drill.Id, department, schedule.Id);
                decisions.Add(decision);
            }
        }
        return decisions;
    }
}
