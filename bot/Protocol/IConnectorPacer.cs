namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Asked before every Connector request (each attempt): waits until the request fits Teams'
/// limits. conversationId is null for calls outside a conversation; interactive is true inside an
/// inbound turn (ConnectorTurn), which a pacer may serve from a reserved share.
/// </summary>
public interface IConnectorPacer
{
    Task AcquireAsync(string? conversationId, bool interactive, CancellationToken ct);
}

/// <summary>The protocol alone does not pace; the bot registers the platform's pacer (AddBot).</summary>
internal sealed class UnpacedConnector : IConnectorPacer
{
    public Task AcquireAsync(string? conversationId, bool interactive, CancellationToken ct) => Task.CompletedTask;
}
