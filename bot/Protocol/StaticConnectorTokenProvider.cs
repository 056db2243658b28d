namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// A fixed token, for the local host and tests where the "connector" is a local server that only
/// checks that a bearer token is present.
/// </summary>
public sealed class StaticConnectorTokenProvider(string token) : IConnectorTokenProvider
{
    private readonly string token = string.IsNullOrEmpty(token)
        ? throw new ArgumentException("The static connector token must not be empty.", nameof(token))
        : token;

    public Task<string> GetTokenAsync(CancellationToken ct) => Task.FromResult(this.token);
}
