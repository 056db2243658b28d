namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// A Connector call that failed for good. Status is the last HTTP status, or 0 when no response
/// arrived (network failure). Code is Teams' error code from the body (ConversationBlockedByUser,
/// ConversationNotFound, BotNotInConversationRoster, MessageWritesBlocked...), when it sent one.
/// RetryAfter is the server's requested wait on a 429 or 503, when it sent one.
/// </summary>
public sealed class ConnectorException(int status, string reason, Exception? inner = null, TimeSpan? retryAfter = null, string? code = null)
    : Exception($"Bot Connector call failed ({(status == 0 ? "no response" : status.ToString())}): {reason}", inner)
{
    public int Status { get; } = status;
    public string Reason { get; } = reason;
    public TimeSpan? RetryAfter { get; } = retryAfter;
    public string? Code { get; } = code;
}
