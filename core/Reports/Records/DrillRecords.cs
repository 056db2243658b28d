using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Drills.Storage;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Core.Reports.Records;

/// <summary>
/// Writes a drill's record at its close (DrillClosing calls <see cref="WriteAsync"/> before it
/// claims the summary, so a run that dies here is finished by the next one; the insert-if-absent
/// keeps it written once). A drill launched on demand has no schedule and counts as unannounced:
/// nobody was told of it in advance. A record good enough closes the corrective actions it verifies.
/// </summary>
public sealed class DrillRecords(DrillRecordStore store, ScheduleStore schedules, DrillRecordBuilder builder, CorrectiveActionClosing closing, ILogger<DrillRecords> logger)
{
    public async Task<DrillRecord> WriteAsync(Drill drill, IReadOnlyList<Participant> participants, IReadOnlyList<ParticipantScore> scores, DateTimeOffset closedAt, CancellationToken ct)
    {
        var mode = string.IsNullOrEmpty(drill.ScheduleId) ? DrillMode.Surprise
            : (await schedules.GetAsync(drill.ScheduleId, ct))?.Mode ?? DrillMode.Surprise;
        var record = builder.Build(drill, mode, participants, scores, closedAt);
        if (await store.TryAddAsync(record, ct))
            logger.LogInformation("Drill record written for {DrillId}: {Answered} of {Invited} answered", drill.Id, record.Counts.Answered, record.Counts.Invited);
        // Also on a second run: the first may have died between the record and the verification.
        await closing.VerifyAsync(record, ct);
        return record;
    }
}
