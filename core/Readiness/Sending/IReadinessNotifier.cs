using DrillPlatform.Core.Messaging;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Sending;

/// <summary>Proactive readiness cards in a person's 1:1 chat (implemented by the bot). Never a channel: both name people.</summary>
public interface IReadinessNotifier
{
    /// <returns>false when the manager cannot be reached (no conversation stored, or Teams refused for good).</returns>
    Task<bool> SendDigestAsync(StaffMember manager, DepartmentReadiness department, CancellationToken ct);

    /// <summary>The person's own score, reasons and next step. Throws on a failure worth retrying.</summary>
    Task NudgeAsync(StaffMember person, PersonReadiness readiness, ConversationRef conversation, CancellationToken ct);
}
