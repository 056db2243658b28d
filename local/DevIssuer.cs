using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Local;

/// <summary>
/// A development stand-in for the Bot Framework token service: it publishes OpenID metadata and
/// a JWKS (from a loopback address only) and signs channel and user tokens with a fresh RSA key.
/// The local host points Bot:OpenIdMetadataUrl at it and sets Bot:Issuer to its Issuer, so the
/// production validator runs unchanged.
/// </summary>
public sealed class DevIssuer : IDisposable
{
    public const string DefaultIssuer = "http://localhost/dev-issuer";
    public static readonly string[] Endorsements = ["msteams", "emulator"];

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;
    private readonly TimeProvider time;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public DevIssuer(string issuer = DefaultIssuer, TimeProvider? time = null)
    {
        Issuer = string.IsNullOrWhiteSpace(issuer) ? throw new ArgumentException("Issuer must not be empty.", nameof(issuer)) : issuer;
        this.time = time ?? TimeProvider.System;
        KeyId = "dev-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        this.key = new RsaSecurityKey(rsa) { KeyId = KeyId };
    }

    public string Issuer { get; }
    public string KeyId { get; }
    public SigningCredentials SigningCredentials => new(this.key, SecurityAlgorithms.RsaSha256);

    public string MetadataJson(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback)
        {
            throw new ArgumentException($"The dev issuer serves loopback addresses only, not '{baseUrl}'.", nameof(baseUrl));
        }
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = baseUrl.TrimEnd('/') + "/dev/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        });
    }

    public string JwksJson()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var key = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
        return JsonSerializer.Serialize(new { keys = new[] { key } });
    }

    public string CreateChannelToken(string appId, string serviceUrl, TimeSpan? lifetime = null) =>
        CreateToken(appId, lifetime, new Dictionary<string, object>
        {
            [BotTokenValidator.ServiceUrlClaim] = serviceUrl,
        });

    /// <summary>A token for the platform's own HTTP API (trainers and managers), with app roles.</summary>
    public string CreateUserToken(string objectId, string name, string email, IEnumerable<string> roles, string audience) =>
        CreateToken(audience, null, new Dictionary<string, object>
        {
            ["oid"] = objectId,
            ["sub"] = objectId,
            ["name"] = name,
            ["preferred_username"] = email,
            ["roles"] = roles.ToArray(),
        });

    /// <summary>Signs any claim set with this issuer's key, for tests that need unusual tokens.</summary>
    public string CreateToken(string audience, TimeSpan? lifetime, IDictionary<string, object> claims)
    {
        var now = this.time.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims,
            SigningCredentials = SigningCredentials,
        });
    }

    public void Dispose() => rsa.Dispose();
}
