using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Bot.Protocol;

/// <summary>Section <c>Bot:ConnectorRetry</c>: how hard the connector client tries before giving up.</summary>
public sealed class ConnectorRetryOptions
{
    public int MaxAttempts { get; set; } = 4;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    // Queue triggers retry the whole message later, so waiting longer here only holds a worker.
    public TimeSpan MaxTotalDelay { get; set; } = TimeSpan.FromSeconds(30);

    internal IEnumerable<ValidationResult> Validate()
    {
        if (MaxAttempts is < 1 or > 10)
        {
            yield return new ValidationResult("Bot:ConnectorRetry:MaxAttempts must be between 1 and 10.");
        }
        if (BaseDelay < TimeSpan.Zero || MaxTotalDelay < TimeSpan.Zero)
        {
            yield return new ValidationResult("Bot:ConnectorRetry delays must not be negative.");
        }
    }
}
