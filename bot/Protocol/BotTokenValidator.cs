using DrillPlatform.Core.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Authenticates a request from the Bot Connector service, following "Authenticate requests from
/// the Bot Connector service to your bot", in two steps so the endpoint can refuse a stranger
/// before reading the body: <see cref="AuthenticateAsync"/> needs only the header (signature,
/// issuer, audience, lifetime, serviceurl claim present); <see cref="Authorize"/> then checks the
/// parsed activity against that token (endorsed channel, serviceUrl, msteams only, allowed tenant).
/// Status choice: 401 when the token does not prove who sent it; 403 when a genuine token does not
/// cover this activity. The token itself is never logged, and activity text is logged bounded.
/// </summary>
public sealed class BotTokenValidator(
    BotSigningKeyCache keys,
    IOptions<BotAuthOptions> options,
    TimeProvider time,
    ILogger<BotTokenValidator> logger)
{
    public const string ServiceUrlClaim = "serviceurl";
    public const string TeamsChannel = "msteams";
    public static readonly TimeSpan ClockSkew = JwtChecks.ClockSkew;

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>Both steps at once, for callers that already hold the activity.</summary>
    public async Task<AuthResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        var (result, token) = await AuthenticateAsync(authorizationHeader, ct);
        return token is null ? result : Authorize(token, activity);
    }

    public async Task<(AuthResult Result, BotToken? Token)> AuthenticateAsync(string? authorizationHeader, CancellationToken ct)
    {
        var (result, token) = await CheckTokenAsync(authorizationHeader, ct);
        if (!result.Succeeded)
        {
            logger.LogWarning("Rejected a Bot Connector token with {Status}: {Reason}", result.Status, result.Reason);
        }
        return (result, token);
    }

    public AuthResult Authorize(BotToken token, Activity activity)
    {
        var result = CheckActivity(token, activity);
        if (!result.Succeeded)
        {
            logger.LogWarning("Rejected Bot Connector activity for channel {ChannelId} with {Status}: {Reason}",
                LogText.Bound(activity.ChannelId), result.Status, result.Reason);
        }
        return result;
    }

    private async Task<(AuthResult, BotToken?)> CheckTokenAsync(string? authorizationHeader, CancellationToken ct)
    {
        if (JwtChecks.ReadBearer(authorizationHeader, out var raw) is { } missing)
        {
            return (AuthResult.Unauthorized(missing), null);
        }
        if (JwtChecks.Read(handler, raw, out var read) is { } malformed)
        {
            return (AuthResult.Unauthorized(malformed), null);
        }
        var token = read!;
        if (string.IsNullOrEmpty(token.Kid))
        {
            return (AuthResult.Unauthorized("The token header has no 'kid'."), null);
        }

        var key = await keys.FindAsync(token.Kid, ct);
        if (key is null)
        {
            return (AuthResult.Unauthorized("The token's signing key is not in the Bot Framework key set."), null);
        }

        var validation = await handler.ValidateTokenAsync(token, Parameters(key));
        if (!validation.IsValid)
        {
            return (AuthResult.Unauthorized(Describe(validation.Exception)), null);
        }
        if (JwtChecks.Lifetime(token, time.GetUtcNow().UtcDateTime) is { } problem)
        {
            return (AuthResult.Unauthorized(problem), null);
        }
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return (AuthResult.Unauthorized("The token has no 'serviceurl' claim."), null);
        }
        return (AuthResult.Success, new BotToken(key, serviceUrl));
    }

    private AuthResult CheckActivity(BotToken token, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return AuthResult.Forbidden("The activity has no channelId, so no key endorsement can cover it.");
        }
        if (!token.Key.Endorsements.Contains(activity.ChannelId))
        {
            return AuthResult.Forbidden($"The signing key is not endorsed for channel '{LogText.Bound(activity.ChannelId)}'.");
        }
        // Same comparison as the Bot Framework SDK: the host part is case-insensitive anyway.
        if (!string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Forbidden("The token's serviceurl claim does not match the activity's serviceUrl.");
        }
        // Web Chat or Direct Line clients are genuine Connector traffic too, but anyone can type any
        // name there; only Teams vouches that the sender is the roster member it names.
        if (!string.Equals(activity.ChannelId, TeamsChannel, StringComparison.Ordinal))
        {
            return AuthResult.Forbidden($"Only Microsoft Teams activities are accepted, not channel '{LogText.Bound(activity.ChannelId)}'.");
        }
        var tenant = TenantOf(activity);
        if (tenant is null || !options.Value.AcceptedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            return AuthResult.Forbidden("The activity does not come from a tenant in Bot:AllowedTenantIds.");
        }
        return AuthResult.Success;
    }

    // Teams puts the tenant in channelData.tenant.id and (for most activities) conversation.tenantId.
    private static string? TenantOf(Activity activity)
    {
        if (activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == System.Text.Json.JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            return id.GetString();
        }
        return string.IsNullOrEmpty(activity.Conversation?.TenantId) ? null : activity.Conversation.TenantId;
    }

    private TokenValidationParameters Parameters(EndorsedKey key) =>
        JwtChecks.Parameters(options.Value.Bot.Issuer, options.Value.MicrosoftAppId, [key.Key]);

    // Exception messages from IdentityModel can quote token parts; keep only a category.
    private static string Describe(Exception? ex) => ex switch
    {
        SecurityTokenInvalidIssuerException => "The token's issuer is not the configured Bot:Issuer.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot's MicrosoftAppId.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException
            => "The token's signature is not valid.",
        _ => "The token failed validation.",
    };
}

/// <summary>A token that proved who sent it, and what it vouches for.</summary>
public sealed record BotToken(EndorsedKey Key, string ServiceUrl);
