using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Escalation;

namespace DrillPlatform.Core.Reports.Review;

/// <summary>
/// The EscalateCorrectiveActions use case (timer), climbing the ladder overdue checks climb: on the
/// first site-local day past due the owner gets a reminder card; Reports:ManagerAfterDays later
/// the department's managers are told (every manager when the department has none). Each rung is
/// claimed by an If-Match write before anyone is told, so two runs tell nobody twice.
/// </summary>
public sealed class CorrectiveActionEscalation(
    CorrectiveActionStore actions, ICorrectiveActionNotifier notifier, CheckPeople people, SiteCalendar calendar, IOptions<ReportOptions> options)
{
    public async Task<IReadOnlyList<(string ActionId, CorrectiveActionNotice Rung)>> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = calendar.LocalDate(now);
        var climbed = new List<(string, CorrectiveActionNotice)>();
        foreach (var action in await actions.ListOpenAsync(ct))
        {
            if (!action.IsOverdue(today)) continue;
            var current = action;
            var owner = await people.GetAsync(action.Owner, ct);
            if (current.OwnerRemindedAt is null)
            {
                var next = current with { OwnerRemindedAt = now };
                if (!await actions.TryReplaceAsync(next, ct)) continue;
                if (owner is not null) await notifier.SendAsync(next, owner, owner, CorrectiveActionNotice.PastDue, ct);
                climbed.Add((action.Id, CorrectiveActionNotice.PastDue));
                current = await actions.GetAsync(action.Department, action.Id, ct) ?? next;
            }
            if (current.ManagerEscalatedAt is null && today.DayNumber - action.DueDate.DayNumber > options.Value.ManagerAfterDays)
            {
                var next = current with { ManagerEscalatedAt = now };
                if (!await actions.TryReplaceAsync(next, ct)) continue;
                var department = action.Department == DrillAudience.AllDepartments ? "" : action.Department;
                foreach (var manager in await people.ManagersAsync(department, ct))
                    await notifier.SendAsync(next, manager, owner, CorrectiveActionNotice.Escalated, ct);
                climbed.Add((action.Id, CorrectiveActionNotice.Escalated));
            }
        }
        return climbed;
    }
}
