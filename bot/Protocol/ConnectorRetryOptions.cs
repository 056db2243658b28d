using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Bot.Protocol;

/// <summary>Section <c>Bot:ConnectorRetry</c>: how hard the connector client tries before giving up.</summary>
public sealed class ConnectorRetryOptions
{
    public int MaxAttempts { get; set; } = 4;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    // Queue triggers retry the whole message later, so waiting longer here only holds a worker.
    public TimeSpan MaxTotalDelay { get; set; } = TimeSpan.FromSeconds(30);

    // While answering an inbound activity: Teams resends what is unanswered after ~15 s, so a turn
    // waits at most a few seconds in retries and gives up on an attempt that hangs.
    public TimeSpan InboundMaxTotalDelay { get; set; } = TimeSpan.FromSeconds(3);
    public TimeSpan InboundAttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    internal IEnumerable<ValidationResult> Validate()
    {
        if (MaxAttempts is < 1 or > 10)
        {
            yield return new ValidationResult("Bot:ConnectorRetry:MaxAttempts must be between 1 and 10.");
        }
        if (BaseDelay < TimeSpan.Zero || MaxTotalDelay < TimeSpan.Zero || InboundMaxTotalDelay < TimeSpan.Zero)
        {
            yield return new ValidationResult("Bot:ConnectorRetry delays must not be negative.");
        }
        if (InboundAttemptTimeout <= TimeSpan.Zero || InboundMaxTotalDelay + InboundAttemptTimeout > TimeSpan.FromSeconds(12))
        {
            yield return new ValidationResult(
                "Bot:ConnectorRetry:InboundAttemptTimeout must be positive and, with InboundMaxTotalDelay, at most 12 s: Teams resends an unanswered activity after about 15 s.");
        }
    }
}
