using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// SingleTenant (and legacy MultiTenant) bots: client credentials with the app password against
/// {Bot:Authority}/{tenant}. The confidential client lives as long as this singleton, so MSAL's
/// in-memory token cache answers until shortly before expiry.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalConnectorTokenProvider(IOptions<BotAuthOptions> options)
        : this(options.Value, options.Value.Bot.OAuthScope, options.Value.TokenTenant)
    {
    }

    /// <summary>The same identity for another resource (Microsoft Graph), from another tenant.</summary>
    public MsalConnectorTokenProvider(BotAuthOptions settings, string scope, string tenant)
    {
        _scopes = [scope];
        _app = ConfidentialClientApplicationBuilder
            .Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority($"{settings.Bot.Authority.TrimEnd('/')}/{tenant}")
            .Build();
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(ct);
        return result.AccessToken;
    }
}
