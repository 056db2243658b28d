using DrillPlatform.Bot.Protocol;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Local.Emulator;

/// <summary>The emulator's Connector accepts only bearer tokens the local issuer signed for it.</summary>
public sealed class ConnectorTokenCheck(DevIssuer issuer)
{
    private readonly JsonWebTokenHandler handler = new();

    public async Task<bool> IsValidAsync(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)) return false;
        var result = await handler.ValidateTokenAsync(authorization["Bearer ".Length..], new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = DevConnectorTokenProvider.Audience,
            IssuerSigningKey = issuer.SigningCredentials.Key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        return result.IsValid;
    }
}
