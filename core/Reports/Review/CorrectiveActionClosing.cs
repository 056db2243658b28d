using DrillPlatform.Core.Reports.Records;

namespace DrillPlatform.Core.Reports.Review;

/// <summary>
/// Closes corrective actions: by a person with a note (the owner from their card, a trainer over
/// the API), or by a drill: a later drill of the action's scenario for its department whose mean
/// score reaches Reports:VerifyingScore. Each close is an If-Match write, so two closers never
/// both win and a closed action stays closed.
/// </summary>
public sealed class CorrectiveActionClosing(CorrectiveActionStore actions, IOptions<ReportOptions> options, TimeProvider time, ILogger<CorrectiveActionClosing> logger)
{
    public async Task<CorrectiveAction?> CloseAsync(CorrectiveAction action, string by, string note, CancellationToken ct)
    {
        var next = action with { Status = CorrectiveActionStatus.Closed, ClosedAt = time.GetUtcNow(), ClosedBy = by, ClosingNote = note.Trim() };
        if (action.Status != CorrectiveActionStatus.Open || !await actions.TryReplaceAsync(next, ct)) return null;
        logger.LogInformation("Corrective action {ActionId} closed by {ObjectId}", action.Id, by);
        return next;
    }

    /// <returns>The actions this drill closed.</returns>
    public async Task<IReadOnlyList<CorrectiveAction>> VerifyAsync(DrillRecord record, CancellationToken ct)
    {
        var threshold = options.Value.VerifyingScore;
        if (record.MeanScore is not { } score || score < threshold) return [];
        var closed = new List<CorrectiveAction>();
        foreach (var action in await actions.ListDepartmentAsync(record.Department, ct))
        {
            if (action.Status != CorrectiveActionStatus.Open || action.ScenarioId != record.ScenarioId || action.CreatedAt >= record.LaunchedAt) continue;
            var next = action with
            {
                Status = CorrectiveActionStatus.Closed, ClosedAt = record.ClosedAt, ClosedBy = "", VerifiedByDrill = record.DrillId,
                ClosingNote = FormattableString.Invariant($"Verified by drill {record.DrillId}: mean score {score:0.#} ≥ {threshold}. / 演练 {record.DrillId} 验证：平均分 {score:0.#} ≥ {threshold}。"),
            };
            if (await actions.TryReplaceAsync(next, ct)) closed.Add(next);
        }
        if (closed.Count > 0) logger.LogInformation("Drill {DrillId} closed {Count} corrective actions it verified", record.DrillId, closed.Count);
        return closed;
    }
}
