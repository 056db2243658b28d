using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Local.Emulator;

/// <summary>
/// The emulator's Connector accepts only bearer tokens the local issuer signed for it. Lifetimes are
/// read against the local clock, which the issuer signs with, so advancing the clock does not make
/// fresh tokens look expired (or old ones look valid).
/// </summary>
public sealed class ConnectorTokenCheck(DevIssuer issuer, TimeProvider time)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler handler = new();

    public Task<bool> IsValidAsync(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            ? IsValidTokenAsync(authorization["Bearer ".Length..], DevConnectorTokenProvider.Audience)
            : Task.FromResult(false);

    /// <summary>The bare token, for another audience (the fake Graph's).</summary>
    public async Task<bool> IsValidTokenAsync(string token, string audience)
    {
        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = audience,
            IssuerSigningKey = issuer.SigningCredentials.Key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires, time.GetUtcNow().UtcDateTime),
        });
        return result.IsValid;
    }

    private static bool IsCurrent(DateTime? notBefore, DateTime? expires, DateTime now) =>
        expires is { } exp && now <= exp + ClockSkew && (notBefore is not { } nbf || now >= nbf - ClockSkew);
}
