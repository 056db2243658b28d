using Microsoft.Identity.Client;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// SingleTenant (and legacy MultiTenant) bots: client credentials with the app password against
/// {Bot:Authority}/{tenant}. The confidential client lives as long as this singleton, so MSAL's
/// in-memory token cache answers until shortly before expiry.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication app;
    private readonly string[] scopes;

    public MsalConnectorTokenProvider(IOptions<BotAuthOptions> options)
        : this(options.Value, options.Value.Bot.OAuthScope, options.Value.TokenTenant)
    {
    }

    /// <summary>The same identity for another resource (Microsoft Graph), from another tenant.</summary>
    public MsalConnectorTokenProvider(BotAuthOptions settings, string scope, string tenant)
    {
        scopes = [scope];
        app = ConfidentialClientApplicationBuilder
            .Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority($"{settings.Bot.Authority.TrimEnd('/')}/{tenant}")
            .Build();
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var result = await app.AcquireTokenForClient(scopes).ExecuteAsync(ct);
        return result.AccessToken;
    }
}
