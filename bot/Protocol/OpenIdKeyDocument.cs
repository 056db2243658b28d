using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Bot.Protocol;

/// <summary>Reads the two documents of the Bot Framework key discovery: metadata, then JWKS.</summary>
internal static class OpenIdKeyDocument
{
    public static Uri ReadJwksUri(string metadataJson)
    {
        using var doc = JsonDocument.Parse(metadataJson);
        if (!doc.RootElement.TryGetProperty("jwks_uri", out var jwks) || jwks.ValueKind != JsonValueKind.String)
        {
            throw new SigningKeysUnavailableException("The OpenID metadata has no 'jwks_uri'.");
        }
        return SecureUrl.Require(jwks.GetString(), "The OpenID metadata's jwks_uri");
    }

    // Only RSA signing keys with a kid are kept: the validator accepts nothing else anyway.
    public static Dictionary<string, EndorsedKey> ReadKeys(string jwksJson)
    {
        using var doc = JsonDocument.Parse(jwksJson);
        if (!doc.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new SigningKeysUnavailableException("The JWKS document has no 'keys' array.");
        }

        var result = new Dictionary<string, EndorsedKey>(StringComparer.Ordinal);
        foreach (var element in keys.EnumerateArray())
        {
            if (TryReadKey(element) is not { } key || key.Kty != JsonWebAlgorithmsKeyTypes.RSA || string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }
            result[key.Kid] = new EndorsedKey(key, ReadEndorsements(element));
        }
        return result;
    }

    // One key the library cannot read must not take the other keys down with it.
    private static JsonWebKey? TryReadKey(JsonElement element)
    {
        try
        {
            return new JsonWebKey(element.GetRawText());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static HashSet<string> ReadEndorsements(JsonElement key)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } channel)
                {
                    set.Add(channel);
                }
            }
        }
        return set;
    }
}
