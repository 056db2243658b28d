namespace DrillPlatform.Functions.Readiness;

/// <summary>Weekly: each manager's department card in their 1:1 chat, exactly once per week however often it fires.</summary>
public sealed class SendReadinessDigest(ReadinessDigest digest)
{
    [Function(nameof(SendReadinessDigest))]
    public Task Run([TimerTrigger("%SendReadinessDigestSchedule%")] TimerInfo timer, CancellationToken ct) => digest.RunAsync(ct);
}
