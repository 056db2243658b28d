using Azure.Core;
using Azure.Identity;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// UserAssignedMSI bots: the bot's identity is a user-assigned managed identity whose client id
/// is MicrosoftAppId. Tokens are reused until five minutes before they expire.
/// </summary>
public sealed class ManagedIdentityConnectorTokenProvider : IConnectorTokenProvider
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential credential;
    private readonly TokenRequestContext request;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    // A reference, not the AccessToken struct, so the unlocked read below can never see it torn.
    private Tuple<string, DateTimeOffset>? cached;

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
        this.credential = credential;
        request = new TokenRequestContext([scope]);
        this.time = time;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        if (Usable(this.cached) is { } token)
        {
            return token;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (Usable(this.cached) is { } again)
            {
                return again;
            }
            var fresh = await this.credential.GetTokenAsync(request, ct);
            this.cached = Tuple.Create(fresh.Token, fresh.ExpiresOn);
            return fresh.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    private string? Usable(Tuple<string, DateTimeOffset>? cached) =>
        cached is not null && cached.Item2 - RefreshMargin > this.time.GetUtcNow() ? cached.Item1 : null;
}
