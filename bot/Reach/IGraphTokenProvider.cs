namespace DrillPlatform.Bot.Reach;

/// <summary>App-only bearer tokens for Microsoft Graph, from the bot's own identity.</summary>
public interface IGraphTokenProvider
{
    Task<string> GetTokenAsync(CancellationToken ct);
}
