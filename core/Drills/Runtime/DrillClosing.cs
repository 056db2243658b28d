using DrillPlatform.Core.Drills.Storage;
using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// The closing half of EscalateAndClose. Closing is an If-Match write, so one run wins; the winner
/// scores every participant, then claims the summary (on the drill's open row, If-Match) and sends
/// it. Everything before the claim is re-runnable (scoring is a pure function of the walks), and
/// everything the sending needs from storage is read before it, so a storage outage leaves either
/// no claim or a claim and the cards sent. A drill whose close or claim did not finish (its answer
/// lost, storage gone, the closer stopped) stays listed as open, and a run after SummaryGrace
/// finishes it, taking over a claim that old. Trade-off: a closer that sent and then stopped for
/// longer than SummaryGrace before recording it makes the summary go twice, which beats losing it.
/// </summary>
public sealed class DrillClosing(
    DrillStore drills,
    ParticipantStore participants,
    RosterStore roster,
    WalkStore walks,
    DrillSummaryBuilder builder,
    IDrillSummaryNotifier notifier,
    IOptions<DrillOptions> options,
    ILogger<DrillClosing> logger,
    DrillPlatform.Core.Readiness.Recording.ReadinessRecorder? readiness = null,
    DrillPlatform.Core.Reports.Records.DrillRecords? records = null)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);

    /// <returns>The summary when this call sent it; null when another run closed or summarised the drill.</returns>
    public async Task<DrillSummary?> CloseAsync(Drill drill, DateTimeOffset now, CancellationToken ct)
    {
        if (drill.Status == DrillStatus.Launched)
        {
            if (!await drills.CloseAsync(drill, now, ct)) return null;
            drill = drill with { Status = DrillStatus.Closed, ClosedAt = now };
        }
        if (drill.Status != DrillStatus.Closed) return null;
        return await SummariseAsync(drill, drill.ClosedAt ?? now, now, ct);
    }

    private async Task<DrillSummary?> SummariseAsync(Drill drill, DateTimeOffset closedAt, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var p in await participants.ListAsync(drill.Id, ct))
            if (p.Status is ParticipantStatus.Pending or ParticipantStatus.Prompting)
                await participants.MarkFailedAsync(drill.Id, p.PersonId, DrillPromptReasons.ClosedBeforePrompt, ct);

        var list = await participants.ListAsync(drill.Id, ct);
        var people = new Dictionary<string, StaffMember>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in list)
            if (await roster.GetAsync(p.PersonId, ct) is { } person) people[p.PersonId] = person;
        var (summary, scores) = builder.Build(drill, list, await walks.ListAsync(drill.Id, ct), people, closedAt);
        await Parallel.ForEachAsync(scores, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (s, token) => await participants.WriteScoreAsync(drill.Id, s.PersonId, s.Score, s.MissedActions, token));
        if (readiness is not null) await RecordReadinessAsync(drill, list, scores, closedAt, ct);
        if (records is not null) await records.WriteAsync(drill, list, scores, closedAt, ct);

        await drills.RefreshMonthCopyAsync(drill, ct);
        var recipients = await RecipientsAsync(drill, ct);

        var grace = options.Value.SummaryGrace;
        if (!await drills.TryClaimSummaryAsync(drill.Id, now, now - grace, ct)) return null;
        // Throws only before it sent anything: the claim then expires and a later run sends.
        await notifier.NotifyAsync(summary, recipients, ct);
        await StorageRetry.WhileUnreachableAsync(async () =>
        {
            await drills.CompleteSummaryAsync(drill.Id, CancellationToken.None);
            return true;
        }, grace - Margin, CancellationToken.None);
        logger.LogInformation("Drill {DrillId} closed: {Answered} of {Participants} answered; summary sent to {Recipients} people",
            drill.Id, summary.Answered, summary.Participants, recipients.Count);
        return summary;
    }

    // Everyone who was prompted counts: an answer with its score, silence as 0. Before the summary
    // claim, so a run that dies here is finished by the next one (the roll-up counts each drill once).
    private async Task RecordReadinessAsync(Drill drill, IReadOnlyList<Participant> list, IReadOnlyList<ParticipantScore> scores, DateTimeOffset closedAt, CancellationToken ct)
    {
        var scoreOf = scores.ToDictionary(s => s.PersonId, StringComparer.OrdinalIgnoreCase);
        foreach (var p in list)
        {
            var score = scoreOf.GetValueOrDefault(p.PersonId);
            if (DrillPlatform.Core.Readiness.Recording.ReadinessEvents.Drill(drill, p, score?.Score, score?.MissedActions ?? [], closedAt) is { } outcome)
                await readiness!.RecordDrillAsync(p.PersonId, outcome, ct);
        }
    }

    // The trainer who asked for the drill and the managers of its department (all managers for a site-wide drill).
    private async Task<IReadOnlyList<StaffMember>> RecipientsAsync(Drill drill, CancellationToken ct)
    {
        var recipients = new List<StaffMember>();
        if (!string.IsNullOrWhiteSpace(drill.RequestedBy))
        {
            if (await roster.GetAsync(drill.RequestedBy, ct) is { } trainer) recipients.Add(trainer);
            else logger.LogWarning("Drill {DrillId} was requested by {RequestedBy}, who is not on the roster; no summary for them", drill.Id, drill.RequestedBy);
        }
        var department = drill.Department == DrillAudience.AllDepartments ? null : drill.Department;
        recipients.AddRange((await roster.ListAsync(department, ct)).Where(p => p.May(Permission.ReceiveSummaries)));
        return recipients.DistinctBy(p => p.ObjectId, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
