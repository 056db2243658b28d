namespace DrillPlatform.Functions.Readiness;

/// <summary>Weekly: one readiness snapshot per department and role, for trends; a second run in the week writes nothing.</summary>
public sealed class SnapshotReadiness(ReadinessSnapshots snapshots)
{
    [Function(nameof(SnapshotReadiness))]
    public Task Run([TimerTrigger("%SnapshotReadinessSchedule%")] TimerInfo timer, CancellationToken ct) => snapshots.RunAsync(ct);
}
