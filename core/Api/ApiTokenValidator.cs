using DrillPlatform.Core.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Core.Api;

/// <summary>
/// Authenticates a caller of the HTTP API from "Authorization: Bearer &lt;JWT&gt;": RS256/384/512
/// signed by a key from the configured OpenID metadata, from an accepted issuer for an audience that
/// issuer may name (ApiTokenVersion), within
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
    public static readonly TimeSpan ClockSkew = JwtChecks.ClockSkew;

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<ApiTokenResult> ValidateAsync(string? authorizationHeader, CancellationToken ct)
    {
        var result = await CheckAsync(authorizationHeader, ct);
        if (!result.Succeeded && !result.Missing)
            logger.LogWarning("Rejected an API bearer token with {Status}: {Reason}", result.Status, result.Reason);
        return result;
    }

    private async Task<ApiTokenResult> CheckAsync(string? header, CancellationToken ct)
    {
        if (JwtChecks.ReadBearer(header, out var raw) is { } missing)
            return ApiTokenResult.Unauthorized(missing) with { Missing = string.IsNullOrWhiteSpace(header) };
        if (JwtChecks.Read(handler, raw, out var read) is { } malformed)
            return ApiTokenResult.Unauthorized(malformed);
        var token = read!;

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

        var validation = await handler.ValidateTokenAsync(token, Parameters(signingKeys));
        if (!validation.IsValid)
            return ApiTokenResult.Unauthorized(Describe(validation.Exception));
        if (ApiTokenVersion.Check(token, options.Value) is { } mismatch)
            return ApiTokenResult.Unauthorized(mismatch);
        if (JwtChecks.Lifetime(token, time.GetUtcNow().UtcDateTime) is { } problem)
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

    // Both issuers and both audiences pass here; ApiTokenVersion then pairs them.
    private TokenValidationParameters Parameters(ICollection<SecurityKey> signingKeys)
    {
        var o = options.Value;
        var parameters = JwtChecks.Parameters(o.Issuer, o.ClientId, signingKeys);
        parameters.ValidIssuers = new[] { o.Issuer, o.V1Issuer }.Where(v => !string.IsNullOrWhiteSpace(v)).ToArray();
        parameters.ValidAudiences = o.Audiences;
        return parameters;
    }

    // IdentityModel's messages can quote parts of the token; keep only a category.
    private static string Describe(Exception? ex) => ex switch
    {
        SecurityTokenInvalidIssuerException => "The token's issuer is not the configured Api:Issuer (v2) or Api:V1Issuer.",
        SecurityTokenInvalidAudienceException => "The token's audience is not the configured Api:Audience (client id) or Api:AppIdUri.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException
            => "The token's signature is not valid for the issuer's keys.",
        _ => "The token failed validation.",
    };
}
