using DrillPlatform.Core.Messaging;

namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>
/// Tells every manager of a department, each on their own: one who blocked the app (a 403 from the
/// Connector) or a Teams hiccup does not stop the next from hearing. Each manager who was told is
/// marked in the OnceLedger under the alert's key, so a retry (a resubmit, the next timer run)
/// tells only those who were not reached, and nobody twice.
/// </summary>
public sealed class ManagerAlerts(CheckPeople people, ICheckNotifier notifier, OnceLedger once, ILogger<ManagerAlerts> logger)
{
    public const string Kind = "check-alert";

    public sealed record Result(int Managers, int Reached, int Failed);

    public async Task<Result> AlertAsync(CheckNotice notice, string department, ManagerAlert alert, string key, CancellationToken ct)
    {
        var managers = await people.ManagersAsync(department, ct);
        int reached = 0, failed = 0;
        foreach (var manager in managers)
        {
            var mark = $"{key}|{manager.ObjectId}";
            if (!await once.TryMarkAsync(Kind, mark, ct))
            {
                reached++;
                continue;
            }
            try
            {
                if (await notifier.AlertManagerAsync(notice, manager, alert, ct))
                {
                    reached++;
                    continue;
                }
                logger.LogWarning("Check {TaskId}: manager {ObjectId} could not be reached in Teams", notice.Task.Id, manager.ObjectId);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failed++;
                logger.LogWarning(e, "Check {TaskId}: alerting manager {ObjectId} failed; it is retried", notice.Task.Id, manager.ObjectId);
            }
            await once.ForgetAsync(Kind, mark, CancellationToken.None);
        }
        return new Result(managers.Count, reached, failed);
    }
}
