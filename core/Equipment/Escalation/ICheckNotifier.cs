using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>What a check is about, for whoever has to be told.</summary>
public sealed record CheckNotice(CheckTask Task, EquipmentItem Equipment, CheckDefinition Definition);

public enum CheckCardReason { Assigned, Reminder, Deputy, FollowUp }

/// <summary>What a manager hears: a check nobody has done, or a critical item that failed.</summary>
public sealed record ManagerAlert(ManagerAlertKind Kind, int DaysOverdue, IReadOnlyList<CheckItem> FailedItems, StaffMember? ReportedBy);

public enum ManagerAlertKind { Overdue, CriticalFailure }

/// <summary>
/// Reaches people in Teams (implemented by the bot). Each method returns false when the person
/// cannot be reached (no conversation with the bot yet), so the ladder records it and moves on.
/// </summary>
public interface ICheckNotifier
{
    Task<bool> SendCheckAsync(CheckNotice notice, StaffMember to, CheckCardReason reason, CancellationToken ct);

    Task<bool> AlertManagerAsync(CheckNotice notice, StaffMember manager, ManagerAlert alert, CancellationToken ct);
}
