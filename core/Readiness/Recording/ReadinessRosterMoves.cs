using DrillPlatform.Core.Readiness.Storage;

namespace DrillPlatform.Core.Readiness.Recording;

/// <summary>
/// Roll-ups are partitioned by department, so a person who moves takes their row along: the row is
/// written under the new department (only if none is there yet) and then removed from the old
/// one. Written before deleted, so a crash in between leaves a stray old row, which readers ignore
/// (they list the department's people from the roster) and rebuild-readiness removes.
/// </summary>
public sealed partial class ReadinessRosterMoves(ReadinessStore store, ILogger<ReadinessRosterMoves> logger) : IRosterMoves
{
    public async Task MovedAsync(StaffMember person, string previousDepartment, CancellationToken ct)
    {
        if (await store.GetAsync(previousDepartment, person.ObjectId, ct) is not { } old) return;
        if (!await store.TryAddAsync(old with { Department = person.Department.Trim(), Version = null }, ct))
        {
            // Something was recorded under the new department already; the two rows cannot be summed
            // here (drill sums are decayed), so both stay until rebuild-readiness recomputes them.
            LogBothKept(person.ObjectId);
            return;
        }
        await store.DeleteAsync(old, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness of {PersonId} exists in both departments after a move; run rebuild-readiness to merge them")]
    private partial void LogBothKept(string personId);
}
