using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

using DrillPlatform.Core.Security;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Authenticates a request from the Bot Connector service, following "Authenticate requests from
/// the Bot Connector service to your bot". Status choice: 401 when the token does not prove who
/// sent it (missing, malformed, bad signature, wrong issuer/audience/lifetime, no serviceurl claim);
/// 403 when a genuine token does not cover this activity (channel not endorsed by the signing key,
/// empty channelId, serviceurl claim for another service URL). The token itself is never logged.
/// </summary>
public sealed class BotTokenValidator(
    BotSigningKeyCache keys,
    IOptions<BotAuthOptions> options,
    TimeProvider time,
    ILogger<BotTokenValidator> logger)
{
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = JwtChecks.ClockSkew;

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        var result = await CheckAsync(authorizationHeader, activity, ct);
        if (!result.Succeeded)
        {
            logger.LogWarning("Rejected Bot Connector request for channel {ChannelId} with {Status}: {Reason}",
                activity.ChannelId, result.Status, result.Reason);
        }
        return result;
    }

    private async Task<AuthResult> CheckAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        if (JwtChecks.ReadBearer(authorizationHeader, out var raw) is { } missing)
        {
            return AuthResult.Unauthorized(missing);
        }
        if (JwtChecks.Read(_handler, raw, out var read) is { } malformed)
        {
            return AuthResult.Unauthorized(malformed);
        }
        var token = read!;
        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthResult.Unauthorized("The token header has no 'kid'.");
        }

        var key = await keys.FindAsync(token.Kid, ct);
        if (key is null)
        {
            return AuthResult.Unauthorized("The token's signing key is not in the Bot Framework key set.");
        }

        var validation = await _handler.ValidateTokenAsync(token, Parameters(key));
        if (!validation.IsValid)
        {
            return AuthResult.Unauthorized(Describe(validation.Exception));
        }

        return CheckLifetime(token) ?? CheckActivity(token, key, activity);
    }

    private AuthResult? CheckLifetime(JsonWebToken token) =>
        JwtChecks.Lifetime(token, time.GetUtcNow().UtcDateTime) is { } problem ? AuthResult.Unauthorized(problem) : null;

    private static AuthResult CheckActivity(JsonWebToken token, EndorsedKey key, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return AuthResult.Forbidden("The activity has no channelId, so no key endorsement can cover it.");
        }
        if (!key.Endorsements.Contains(activity.ChannelId))
        {
            return AuthResult.Forbidden($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return AuthResult.Unauthorized("The token has no 'serviceurl' claim.");
        }
        // Same comparison as the Bot Framework SDK: the host part is case-insensitive anyway.
        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Forbidden("The token's serviceurl claim does not match the activity's serviceUrl.");
        }
        return AuthResult.Success;
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
