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
    {
        var settings = options.Value;
        _scopes = [settings.Bot.OAuthScope];
        _app = ConfidentialClientApplicationBuilder
            .Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority($"{settings.Bot.Authority.TrimEnd('/')}/{settings.TokenTenant}")
            .Build();
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(ct);
        return result.AccessToken;
    }
}
