using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Escalation;

namespace DrillPlatform.Functions.Equipment;

/// <summary>Hourly: climbs the escalation ladder for checks nobody has done (person, deputy, SMS, manager).</summary>
public sealed class EscalateOverdueChecks(CheckEscalation escalation, TimeProvider time)
{
    [Function(nameof(EscalateOverdueChecks))]
    public Task Run([TimerTrigger("%EscalateOverdueChecksSchedule%")] TimerInfo timer, CancellationToken ct) =>
        escalation.RunAsync(time.GetUtcNow(), ct);
}
