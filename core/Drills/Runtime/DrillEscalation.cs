using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>What one EscalateAndClose run did.</summary>
public sealed record EscalationRun(int Escalated, IReadOnlyList<DrillSummary> Summaries);

/// <summary>
/// The EscalateAndClose use case, run every minute by any number of instances: for each open
/// drill, reminders by SMS after the escalation delay, and at the deadline the close, the scores
/// and the summary (each exactly once, see DrillReminders and DrillClosing).
/// </summary>
public sealed class DrillEscalation(
    DrillStore drills,
    DrillReminders reminders,
    DrillClosing closing,
    IOptions<DrillOptions> options,
    ILogger<DrillEscalation> logger)
{
    public async Task<EscalationRun> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var escalated = 0;
        var summaries = new List<DrillSummary>();
        foreach (var drill in await drills.ListOpenAsync(ct))
        {
            try
            {
                if (drill.Status == DrillStatus.Launched && now < Deadline(drill))
                    escalated += await reminders.RemindAsync(drill, now, ct);
                else if (drill.Status == DrillStatus.Launched || now >= drill.ClosedAt + options.Value.SummaryGrace)
                    if (await closing.CloseAsync(drill, now, ct) is { } summary) summaries.Add(summary);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One drill's trouble must not stop the others; the next run tries it again.
                logger.LogError(e, "EscalateAndClose failed for drill {DrillId}", drill.Id);
            }
        }
        return new EscalationRun(escalated, summaries);
    }

    public static DateTimeOffset Deadline(Drill drill) =>
        (drill.LaunchedAt ?? drill.PlannedAt).AddMinutes(drill.ResponseDeadlineMinutes);
}
