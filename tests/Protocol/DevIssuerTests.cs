using Microsoft.IdentityModel.JsonWebTokens;

namespace DrillPlatform.Tests.Protocol;

[Trait("Category", "Unit")]
public sealed class DevIssuerTests : IDisposable
{
    private readonly DevIssuer issuer = new("http://localhost/dev-issuer");

    public void Dispose() => issuer.Dispose();

    [Fact]
    public void MetadataJson_PointsJwksUriUnderTheBaseUrl()
    {
        using var metadata = JsonDocument.Parse(issuer.MetadataJson("http://127.0.0.1:5123/"));

        Assert.Equal("http://127.0.0.1:5123/dev/keys", metadata.RootElement.GetProperty("jwks_uri").GetString());
        Assert.Equal("http://localhost/dev-issuer", metadata.RootElement.GetProperty("issuer").GetString());
    }

    [Fact]
    public void MetadataJson_WhenBaseUrlIsNotLoopback_Refuses()
    {
        var error = Assert.Throws<ArgumentException>(() => issuer.MetadataJson("https://bot.contoso.com"));

        Assert.Contains("loopback", error.Message);
    }

    [Fact]
    public void JwksJson_PublishesOnlyThePublicKeyWithTeamsAndEmulatorEndorsements()
    {
        using var jwks = JsonDocument.Parse(issuer.JwksJson());
        var key = Assert.Single(jwks.RootElement.GetProperty("keys").EnumerateArray());

        Assert.Equal(issuer.KeyId, key.GetProperty("kid").GetString());
        Assert.False(key.TryGetProperty("d", out _), "the private exponent must not be published");
        Assert.Equal(["msteams", "emulator"], key.GetProperty("endorsements").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void CreateUserToken_CarriesIdentityAndRoleClaims()
    {
        var raw = issuer.CreateUserToken("oid-7", "Li Wei", "li.wei@hospital.example", ["Trainer", "Manager"], "api://drill");
        var token = new JsonWebToken(raw);

        Assert.Equal("RS256", token.Alg);
        Assert.Equal("oid-7", token.GetClaim("oid").Value);
        Assert.Equal("Li Wei", token.GetClaim("name").Value);
        Assert.Equal("li.wei@hospital.example", token.GetClaim("preferred_username").Value);
        Assert.Equal(["Trainer", "Manager"], token.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
        Assert.Equal(["api://drill"], token.Audiences);
    }
}
