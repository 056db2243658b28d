using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Core.Security;

/// <summary>
/// The checks every inbound bearer token gets, whoever issued it (the Bot Connector for
/// api/messages, Entra ID for the trainer API). Each returns the problem in words, or null.
/// </summary>
public static class JwtChecks
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>"Authorization: Bearer &lt;token&gt;"; the scheme name is case-insensitive (RFC 9110).</summary>
    public static string? ReadBearer(string? header, out string token)
    {
        token = "";
        if (string.IsNullOrWhiteSpace(header))
            return "The Authorization header is missing.";
        if (header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is not [var scheme, var raw]
            || !scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            return "The Authorization header must use the Bearer scheme.";
        token = raw.Trim();
        return null;
    }

    /// <summary>Parses the JWT and refuses any algorithm but RS256/384/512 before a key is looked up,
    /// so 'none' and HMAC tokens never reach a key cache.</summary>
    public static string? Read(JsonWebTokenHandler handler, string raw, out JsonWebToken? token)
    {
        token = null;
        try
        {
            token = handler.ReadJsonWebToken(raw);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return "The bearer token is not a well-formed JWT.";
        }
        return AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal)
            ? null
            : $"Signing algorithm '{token.Alg}' is not allowed; use RS256, RS384 or RS512.";
    }

    public static string? Lifetime(JsonWebToken token, DateTime nowUtc)
    {
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
            return "The token has no expiry.";
        if (nowUtc > token.ValidTo + ClockSkew)
            return "The token has expired (beyond the 5 minute clock skew).";
        return token.ValidFrom != DateTime.MinValue && nowUtc < token.ValidFrom - ClockSkew
            ? "The token is not valid yet (beyond the 5 minute clock skew)."
            : null;
    }

    /// <summary>
    /// Signature, issuer and audience, RS256/384/512 only. Lifetime is left to <see cref="Lifetime"/>,
    /// which reads the injected clock (IdentityModel would read the machine's).
    /// </summary>
    public static TokenValidationParameters Parameters(string? issuer, string? audience, IEnumerable<SecurityKey> keys) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = false,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ValidAlgorithms = AllowedAlgorithms,
        IssuerSigningKeys = keys,
        TryAllIssuerSigningKeys = false,
    };
}
