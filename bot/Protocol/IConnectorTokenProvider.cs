namespace DrillPlatform.Bot.Protocol;

/// <summary>Supplies the bearer token the bot presents to the Bot Connector service.</summary>
public interface IConnectorTokenProvider
{
    Task<string> GetTokenAsync(CancellationToken ct);
}
