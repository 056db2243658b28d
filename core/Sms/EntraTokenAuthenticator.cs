using System.Net.Http.Headers;
using Azure.Core;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// A bearer token for the Communication Services resource (the identity needs a role on it),
/// kept until five minutes before it expires so a burst of escalations asks Entra once.
/// </summary>
public sealed class EntraTokenAuthenticator(TokenCredential credential, TimeProvider time) : IAcsRequestAuthenticator
{
    public const string Scope = "https://communication.azure.com/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile CachedToken? cached;

    public async ValueTask AuthenticateAsync(HttpRequestMessage request, byte[] body, CancellationToken ct)
    {
        var token = await TokenAsync(ct);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private async ValueTask<string> TokenAsync(CancellationToken ct)
    {
        if (cached is { } fresh && fresh.ExpiresOn - time.GetUtcNow() > RefreshMargin) return fresh.Token;
        await gate.WaitAsync(ct);
        try
        {
            if (cached is { } other && other.ExpiresOn - time.GetUtcNow() > RefreshMargin) return other.Token;
            var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), ct);
            cached = new CachedToken(token.Token, token.ExpiresOn);
            return token.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresOn);
}
