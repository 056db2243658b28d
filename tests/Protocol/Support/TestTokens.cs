using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Tests.Protocol.Support;

/// <summary>Hand-made tokens for the rejection matrix: the ones no honest issuer would sign.</summary>
public static class TestTokens
{
    public static string Unsigned(string issuer, string audience, string serviceUrl)
    {
        var header = Encode(new { alg = "none", typ = "JWT" });
        return $"{header}.{Encode(Payload(issuer, audience, serviceUrl))}.";
    }

    public static string Hmac(string issuer, string audience, string serviceUrl, string kid)
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = kid };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { [BotTokenValidator.ServiceUrlClaim] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Swaps the payload of a genuinely signed token for another one, keeping the signature.</summary>
    public static string Tampered(string signedToken, string issuer, string audience, string serviceUrl)
    {
        var parts = signedToken.Split('.');
        var payload = Payload(issuer, audience, serviceUrl);
        payload["name"] = "mallory";
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    private static Dictionary<string, object> Payload(string issuer, string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object>
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["nbf"] = now,
            ["exp"] = now + 3600,
            [BotTokenValidator.ServiceUrlClaim] = serviceUrl,
        };
    }

    private static string Encode(object value) =>
        Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
}
