namespace DrillPlatform.Core.Messaging;

/// <summary>
/// Makes a person reachable who has no usable chat with the bot: installs the Teams app for them
/// and creates the 1:1 conversation (implemented by the bot), stores it and returns it.
/// Throws <see cref="ReachThrottledException"/> when Teams or Graph asks to wait longer than one
/// delivery should, and <see cref="UnreachableException"/> when the person cannot be reached.
/// </summary>
public interface IConversationOpener
{
    Task<ConversationRef> OpenAsync(StaffMember person, CancellationToken ct);
}

public sealed class ReachThrottledException(TimeSpan retryAfter, string service)
    : Exception($"{service} asked to retry after {retryAfter.TotalSeconds:F0} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>The person cannot be reached; Reason is worded for the trainer and carries Teams' or Graph's own reason.</summary>
public sealed class UnreachableException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}

/// <summary>Without the bot (core alone, or no app catalog id): nobody without a chat can be reached.</summary>
public sealed class NoConversationOpener : IConversationOpener
{
    public const string Reason =
        "No Teams chat with the bot yet (the DrillPlatform app was never opened or installed), so the message could not be sent.";

    public Task<ConversationRef> OpenAsync(StaffMember person, CancellationToken ct) => throw new UnreachableException(Reason);
}
