using DrillPlatform.Bot.Reach;

namespace DrillPlatform.Local;

/// <summary>Locally Graph is the fake one on the host, which takes tokens from the local issuer with Graph's audience.</summary>
public sealed class DevGraphTokenProvider(DevIssuer issuer, TimeProvider time) : IGraphTokenProvider
{
    public const string Audience = "https://graph.microsoft.com";
    private (string Token, DateTimeOffset RenewAt)? current;

    public Task<string> GetTokenAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (current is not { } cached || now >= cached.RenewAt)
            current = cached = (issuer.CreateToken(Audience, TimeSpan.FromHours(1), new Dictionary<string, object>()), now.AddMinutes(55));
        return Task.FromResult(cached.Token);
    }
}
