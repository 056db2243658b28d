namespace DrillPlatform.Functions.Readiness;

/// <summary>One queued nudge: the person's own card, once per day, paced like drill prompts; a failed send escapes so the queue retries.</summary>
public sealed class SendReadinessNudge(ReadinessNudges nudges)
{
    [Function(nameof(SendReadinessNudge))]
    public Task Run([QueueTrigger("%ReadinessNudgesQueue%")] string message, CancellationToken ct) =>
        nudges.DeliverAsync(ReadinessNudgeMessage.Parse(message), ct);
}
