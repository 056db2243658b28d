using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// UserAssignedMSI bots: the bot's identity is a user-assigned managed identity whose client id
/// is MicrosoftAppId. Tokens are reused until five minutes before they expire.
/// </summary>
public sealed class ManagedIdentityConnectorTokenProvider : IConnectorTokenProvider
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, not the AccessToken struct, so the unlocked read below can never see it torn.
    private Tuple<string, DateTimeOffset>? _cached;

    public ManagedIdentityConnectorTokenProvider(IOptions<BotAuthOptions> options, TimeProvider time)
        : this(options.Value, options.Value.Bot.OAuthScope, time)
    {
    }

    /// <summary>The same identity for another resource (Microsoft Graph).</summary>
    public ManagedIdentityConnectorTokenProvider(BotAuthOptions settings, string scope, TimeProvider time)
        : this(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.MicrosoftAppId!)), scope, time)
    {
    }

    // Lets tests count how often the credential is really asked.
    internal ManagedIdentityConnectorTokenProvider(TokenCredential credential, string scope, TimeProvider time)
    {
        _credential = credential;
        _request = new TokenRequestContext([scope]);
        _time = time;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        if (Usable(_cached) is { } token)
        {
            return token;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (Usable(_cached) is { } again)
            {
                return again;
            }
            var fresh = await _credential.GetTokenAsync(_request, ct);
            _cached = Tuple.Create(fresh.Token, fresh.ExpiresOn);
            return fresh.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Usable(Tuple<string, DateTimeOffset>? cached) =>
        cached is not null && cached.Item2 - RefreshMargin > _time.GetUtcNow() ? cached.Item1 : null;
}
