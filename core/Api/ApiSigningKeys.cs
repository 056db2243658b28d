using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Core.Api;

/// <summary>
/// The issuer's signing keys, read from its OpenID metadata (jwks_uri) and cached by IdentityModel's
/// ConfigurationManager, which refreshes daily and at most every 5 minutes on request (key rollover).
/// </summary>
public sealed class ApiSigningKeys
{
    public const string HttpClientName = "ApiOpenIdMetadata";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;

    public ApiSigningKeys(IHttpClientFactory httpClientFactory, IOptions<ApiAuthOptions> options)
    {
        var url = options.Value.OpenIdMetadataUrl!;
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
        {
            // Options validation already allows http only for loopback metadata.
            RequireHttps = !url.StartsWith(Uri.UriSchemeHttp + ":", StringComparison.OrdinalIgnoreCase),
        };
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    public async Task<ICollection<SecurityKey>> GetAsync(CancellationToken ct) =>
        (await manager.GetConfigurationAsync(ct)).SigningKeys;

    /// <summary>Asks for fresh keys on the next read (throttled by the manager), for a token signed by a key we do not know yet.</summary>
    public void RequestRefresh() => manager.RequestRefresh();
}
