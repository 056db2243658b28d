namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// A Connector call that failed for good. Status is the last HTTP status, or 0 when no response
/// arrived (network failure).
/// </summary>
public sealed class ConnectorException(int status, string reason, Exception? inner = null)
    : Exception($"Bot Connector call failed ({(status == 0 ? "no response" : status.ToString())}): {reason}", inner)
{
    public int Status { get; } = status;
    public string Reason { get; } = reason;
}
