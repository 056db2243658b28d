using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Storage;

namespace DrillPlatform.Core.Readiness.Sending;

/// <summary>
/// The SnapshotReadiness use case (weekly timer): for every department on the roster, one snapshot
/// of the whole department and one per role held there, for the site-local week. Insert-if-absent,
/// so a second run in the same week writes nothing.
/// </summary>
public sealed class ReadinessSnapshots(RosterStore roster, ReadinessReader reader, ReadinessSnapshotStore store, ReadinessWeek week, TimeProvider time,
    ILogger<ReadinessSnapshots> logger)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var written = 0;
        foreach (var department in await DepartmentsAsync(roster, ct))
        {
            var people = await roster.ListAsync(department, ct);
            var roles = people.SelectMany(p => p.Roles).Select(r => r.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal);
            foreach (var role in roles.Prepend(""))
            {
                var d = await reader.DepartmentAsync(department, role, ct);
                var snapshot = new DepartmentSnapshot(department, role, week.Start(now), d.Score, d.People.Count, d.Ready, d.AtRisk, d.NotReady, now);
                if (await store.TryAddAsync(snapshot, ct)) written++;
            }
        }
        logger.LogInformation("Readiness snapshots for week {Week}: {Written} written", week.Start(now), written);
        return written;
    }

    public static async Task<IReadOnlyList<string>> DepartmentsAsync(RosterStore roster, CancellationToken ct) =>
        (await roster.ListAsync(null, ct)).Select(p => p.Department).Where(d => !string.IsNullOrWhiteSpace(d))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
