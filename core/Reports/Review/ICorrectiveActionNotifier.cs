namespace DrillPlatform.Core.Reports.Review;

/// <summary>Assigned: the owner's card when the action is created. PastDue: the owner's reminder. Escalated: a manager's alert naming the owner.</summary>
public enum CorrectiveActionNotice { Assigned, PastDue, Escalated }

/// <summary>Reaches people in Teams about corrective actions (implemented by the bot); false when the person cannot be reached.</summary>
public interface ICorrectiveActionNotifier
{
    Task<bool> SendAsync(CorrectiveAction action, StaffMember to, StaffMember? owner, CorrectiveActionNotice notice, CancellationToken ct);
}
