using DrillPlatform.Core.Messaging;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// Sends a participant the first card of their drill in Teams (implemented by the bot). Throws
/// <see cref="DrillPromptThrottledException"/> on a 429 instead of waiting, so the queue can
/// redeliver after Retry-After without holding a function instance asleep.
/// </summary>
public interface IDrillPrompter
{
    Task PromptAsync(Drill drill, Participant participant, StaffMember person, ConversationRef conversation, CancellationToken ct);
}

public sealed class DrillPromptThrottledException(TimeSpan retryAfter)
    : Exception($"Teams asked to retry after {retryAfter.TotalSeconds:F0} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
