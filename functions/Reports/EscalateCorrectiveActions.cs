using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Functions.Reports;

/// <summary>Past-due corrective actions: the owner's reminder, then the department's managers (see CorrectiveActionEscalation).</summary>
public sealed class EscalateCorrectiveActions(CorrectiveActionEscalation escalation, TimeProvider time)
{
    [Function(nameof(EscalateCorrectiveActions))]
    public Task Run([TimerTrigger("%EscalateCorrectiveActionsSchedule%")] TimerInfo timer, CancellationToken ct) =>
        escalation.RunAsync(time.GetUtcNow(), ct);
}
