using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>
/// The EscalateOverdueChecks use case (hourly timer): every open check climbs the rungs it has
/// reached: reminder card, deputy's card, SMS, manager. Completed checks are not in the open list,
/// and a check completed between the list and the claim is caught by the claim's ETag.
/// </summary>
public sealed class CheckEscalation(CheckTaskStore tasks, CheckRungs rungs, IOptions<CheckOptions> options)
{
    /// <returns>The rungs climbed in this run, as (task id, rung).</returns>
    public async Task<IReadOnlyList<(string TaskId, EscalationRung Rung)>> RunAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var climbed = new List<(string, EscalationRung)>();
        foreach (var task in await tasks.ListOpenAsync(ct))
        {
            var current = task;
            foreach (var rung in EscalationLadder.Due(task, options.Value, now))
            {
                if (current is null) break;
                if (await rungs.ClimbAsync(current, rung, now, ct)) climbed.Add((task.Id, rung));
                current = await tasks.GetAsync(task.Id, ct);
            }
        }
        return climbed;
    }
}
