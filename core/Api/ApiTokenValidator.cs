using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Core.Api;

/// <summary>
/// Authenticates a caller of the HTTP API from "Authorization: Bearer &lt;JWT&gt;": RS256/384/512
/// signed by a key from the configured OpenID metadata, for Api:Issuer and Api:Audience, within
/// its lifetime (5 minutes of clock skew), with an 'oid' claim naming the person. What the person
/// may do is decided from the roster (ApiGate), never from claims in the token.
/// </summary>
public sealed class ApiTokenValidator(
    ApiSigningKeys keys,
    IOptions<ApiAuthOptions> options,
    TimeProvider time,
    ILogger<ApiTokenValidator> logger)
{
    public const string ObjectIdClaim = "oid";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<ApiTokenResult> ValidateAsync(string? authorizationHeader, CancellationToken ct)
    {
        var result = await CheckAsync(authorizationHeader, ct);
        if (!result.Succeeded && !result.Missing)
            logger.LogWarning("Rejected an API bearer token with {Status}: {Reason}", result.Status, result.Reason);
        return result;
    }

    private async Task<ApiTokenResult> CheckAsync(string? header, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(header))
            return ApiTokenResult.Unauthorized("The Authorization header is missing.") with { Missing = true };
        if (header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is not [var scheme, var raw]
            || !scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            return ApiTokenResult.Unauthorized("The Authorization header must use the Bearer scheme.");

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(raw.Trim());
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return ApiTokenResult.Unauthorized("The bearer token is not a well-formed JWT.");
        }
        // Before any key lookup, so 'none' and HMAC tokens cannot make us refetch the keys.
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
            return ApiTokenResult.Unauthorized($"Signing algorithm '{token.Alg}' is not allowed; use RS256, RS384 or RS512.");

        ICollection<SecurityKey> signingKeys;
        try
        {
            signingKeys = await KeysFor(token.Kid, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The API token signing keys could not be loaded from {MetadataUrl}", options.Value.OpenIdMetadataUrl);
            return ApiTokenResult.Unavailable("The token signing keys could not be loaded; try again shortly.");
        }

        var validation = await _handler.ValidateTokenAsync(token, Parameters(signingKeys));
        if (!validation.IsValid)
            return ApiTokenResult.Unauthorized(Describe(validation.Exception));
        if (Lifetime(token) is { } problem)
            return ApiTokenResult.Unauthorized(problem);
        return token.TryGetPayloadValue<string>(ObjectIdClaim, out var oid) && !string.IsNullOrWhiteSpace(oid)
            ? ApiTokenResult.Valid(oid)
            : ApiTokenResult.Unauthorized("The token has no 'oid' claim naming the caller.");
    }

    // A kid we have not seen may be a rolled-over key: ask once for fresh metadata.
    private async Task<ICollection<SecurityKey>> KeysFor(string? kid, CancellationToken ct)
    {
        var current = await keys.GetAsync(ct);
        if (string.IsNullOrEmpty(kid) || current.Any(k => k.KeyId == kid))
            return current;
        keys.RequestRefresh();
        return await keys.GetAsync(ct);
    }

    private string? Lifetime(JsonWebToken token)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
            return "The token has no expiry.";
        if (now > token.ValidTo + ClockSkew)
            return "The token has expired (beyond the 5 minute clock skew).";
        return token.ValidFrom != DateTime.MinValue && now < token.ValidFrom - ClockSkew
            ? "The token is not valid yet (beyond the 5 minute clock skew)."
            : null;
    }

    private TokenValidationParameters Parameters(ICollection<SecurityKey> signingKeys) => new()
    {
        ValidIssuer = options.Value.Issuer,
        ValidAudience = options.Value.Audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        // Lifetime is checked in Lifetime() against the injected clock.
        ValidateLifetime = false,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ValidAlgorithms = AllowedAlgorithms,
        IssuerSigningKeys = signingKeys,
    };

    // IdentityModel's messages can quote parts of the token; keep only a category.
    private static string Describe(Exception? ex) => ex switch
    {
        SecurityTokenInvalidIssuerException => "The token's issuer is not the configured Api:Issuer.",
        SecurityTokenInvalidAudienceException => "The token's audience is not the configured Api:Audience.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException
            => "The token's signature is not valid for the issuer's keys.",
        _ => "The token failed validation.",
    };
}
