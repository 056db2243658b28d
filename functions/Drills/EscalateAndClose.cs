using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Functions.Drills;

/// <summary>Every minute: SMS to non-responders after the escalation delay; at the deadline, close, score and summarise.</summary>
public sealed class EscalateAndClose(DrillEscalation escalation, TimeProvider time)
{
    [Function(nameof(EscalateAndClose))]
    public Task Run([TimerTrigger("%EscalateAndCloseSchedule%")] TimerInfo timer, CancellationToken ct) =>
        escalation.RunAsync(time.GetUtcNow(), ct);
}
