namespace DrillPlatform.Local;

/// <summary>
/// Locally the bot's outbound calls go to the emulator, which accepts tokens from the local issuer
/// instead of Entra ID. Minted like Entra's: valid for an hour, reused until five minutes before.
/// </summary>
public sealed class DevConnectorTokenProvider(DevIssuer issuer, TimeProvider time) : IConnectorTokenProvider
{
    public const string Audience = "https://api.botframework.com";
    private (string Token, DateTimeOffset RenewAt)? current;

    public Task<string> GetTokenAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (current is not { } cached || now >= cached.RenewAt)
            current = cached = (issuer.CreateToken(Audience, TimeSpan.FromHours(1), new Dictionary<string, object>()), now.AddMinutes(55));
        return Task.FromResult(cached.Token);
    }
}
