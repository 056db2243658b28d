using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// The <c>Bot</c> configuration section. Bot:Cloud (Public, China, USGov) picks the issuer, OpenID
/// metadata URL, Connector token scope and login authority of that cloud (CloudPreset); each of
/// the four set explicitly overrides its preset value.
/// </summary>
public sealed class BotEndpointOptions
{
    public const string PublicCloudMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    private string? openIdMetadataUrl, issuer, oauthScope, authority;

    public BotCloud Cloud { get; set; } = BotCloud.Public;

    public CloudPreset Preset => CloudPreset.For(Cloud);

    public string OpenIdMetadataUrl { get => openIdMetadataUrl ?? Preset.OpenIdMetadataUrl; set => openIdMetadataUrl = value; }
    public string Issuer { get => issuer ?? Preset.Issuer; set => issuer = value; }
    public string OAuthScope { get => oauthScope ?? Preset.OAuthScope; set => oauthScope = value; }
    public string Authority { get => authority ?? Preset.Authority; set => authority = value; }

    // The spec says the key list is stable and may be cached for long periods (the SDK keeps it
    // for days); a day keeps rotation latency low without hammering the metadata endpoint.
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    // An unknown kid triggers one early refetch, but never more often than this, so a stream of
    // forged tokens with random kids cannot turn the bot into a metadata request amplifier.
    public TimeSpan KeyMinRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public ConnectorRetryOptions ConnectorRetry { get; set; } = new();

    // Teams activities are a few KB (a card submit with a long note is the largest); the platform
    // would otherwise buffer up to ~100 MB from anyone holding a valid token.
    public const int DefaultMaxActivityBytes = 256 * 1024;
    public int MaxActivityBytes { get; set; } = DefaultMaxActivityBytes;

    /// <summary>Comma-separated Entra tenant ids whose Teams users may talk to the bot; empty = MicrosoftAppTenantId.</summary>
    public string? AllowedTenantIds { get; set; }

    internal IEnumerable<ValidationResult> Validate()
    {
        if (!SecureUrl.TryParse(OpenIdMetadataUrl, out _, out var reason))
        {
            yield return new ValidationResult($"Bot:OpenIdMetadataUrl {reason}", ["Bot:OpenIdMetadataUrl"]);
        }
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"Bot:Authority '{Authority}' is not an absolute URL.", ["Bot:Authority"]);
        }
        if (string.IsNullOrWhiteSpace(Issuer))
        {
            yield return new ValidationResult("Bot:Issuer must not be empty.", ["Bot:Issuer"]);
        }
        if (string.IsNullOrWhiteSpace(OAuthScope))
        {
            yield return new ValidationResult("Bot:OAuthScope must not be empty.", ["Bot:OAuthScope"]);
        }
        if (KeyMinRefreshInterval <= TimeSpan.Zero || KeyRefreshInterval < KeyMinRefreshInterval)
        {
            yield return new ValidationResult(
                "Bot:KeyMinRefreshInterval must be positive and not longer than Bot:KeyRefreshInterval.",
                ["Bot:KeyRefreshInterval"]);
        }
        if (MaxActivityBytes is < 16 * 1024 or > 4 * 1024 * 1024)
        {
            yield return new ValidationResult(
                $"Bot:MaxActivityBytes must be between 16384 and 4194304 (default {DefaultMaxActivityBytes}).", ["Bot:MaxActivityBytes"]);
        }
        foreach (var result in ConnectorRetry.Validate())
        {
            yield return result;
        }
    }
}
