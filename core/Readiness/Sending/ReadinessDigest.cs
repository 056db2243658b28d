using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Scoring;

namespace DrillPlatform.Core.Readiness.Sending;

/// <summary>
/// The SendReadinessDigest use case (weekly timer): each manager on the roster gets their
/// department's card in their 1:1 chat, once per site-local week. The send row is inserted before
/// the send (the gate: two timers or instances racing, one wins) and marked Sent after it; a
/// failed or impossible send deletes it, so the next run tries again. A crash between the send
/// and the mark leaves the row Sending: that manager is not sent the digest twice.
/// </summary>
public sealed class ReadinessDigest(RosterStore roster, ReadinessReader reader, ReadinessSendStore sends, IReadinessNotifier notifier,
    ReadinessWeek week, TimeProvider time, ILogger<ReadinessDigest> logger)
{
    public const string Kind = "digest";

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var period = week.Start(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sent = 0;
        var departments = new Dictionary<string, DepartmentReadiness>(StringComparer.Ordinal);
        foreach (var manager in (await roster.ListAsync(null, ct)).Where(p => p.HasRole(ReadinessAccess.ManagerRole) && !string.IsNullOrWhiteSpace(p.Department)))
        {
            if (!await sends.TryAddAsync(Kind, period, manager.ObjectId, SendState.Sending, now, ct)) continue;
            try
            {
                if (!departments.TryGetValue(manager.Department, out var department))
                    departments[manager.Department] = department = await reader.DepartmentAsync(manager.Department, null, ct);
                if (!await notifier.SendDigestAsync(manager, department, ct))
                {
                    await sends.DeleteAsync(Kind, period, manager.ObjectId, CancellationToken.None);
                    logger.LogWarning("Readiness digest for week {Week} not delivered to {ObjectId}", period, manager.ObjectId);
                    continue;
                }
            }
            catch
            {
                await sends.DeleteAsync(Kind, period, manager.ObjectId, CancellationToken.None);
                throw;
            }
            await sends.TryMoveAsync(Kind, period, manager.ObjectId, SendState.Sending, SendState.Sent, time.GetUtcNow(), CancellationToken.None);
            sent++;
        }
        logger.LogInformation("Readiness digest for week {Week}: sent to {Sent} managers", period, sent);
        return sent;
    }
}
