namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Marks the Connector calls made while answering an inbound activity. Teams resends an activity
/// it has no answer to after about 15 s, so those calls get a short retry budget and attempt
/// timeout (ConnectorRetryOptions.Inbound*), and the pacer serves them from the share it keeps
/// for interactive replies during a fan-out. Flows with the async context of the turn.
/// </summary>
public static class ConnectorTurn
{
    private static readonly AsyncLocal<bool> InboundTurn = new();

    public static bool IsInbound => InboundTurn.Value;

    public static Scope Begin()
    {
        var previous = InboundTurn.Value;
        InboundTurn.Value = true;
        return new Scope(previous);
    }

    public readonly struct Scope(bool previous) : IDisposable
    {
        public void Dispose() => InboundTurn.Value = previous;
    }
}
