using DrillPlatform.Core.Api;
using DrillPlatform.Tests.Protocol.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Api;

/// <summary>The API's token rules against a real OpenID metadata server on loopback.</summary>
[Trait("Category", "Storage")]
public sealed class ApiTokenValidatorTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    private const string Audience = "3f2b9c4d-5e6a-4b7c-8d9e-0a1b2c3d4e5f";
    private const string ObjectId = "0b5f3c1e-7a42-4d8e-9c61-2f0e6d9a4b17";
    private FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    public static TheoryData<string, string> BadTokens => new()
    {
        { "wrong audience", "audience" },
        { "wrong issuer", "issuer" },
        { "expired beyond the 5 minute skew", "expired" },
        { "not valid yet beyond the 5 minute skew", "not valid yet" },
        { "alg none", "'none' is not allowed" },
        { "HS256 with a shared secret", "'HS256' is not allowed" },
        { "signed by a key the issuer never published", "signature is not valid" },
        { "no oid claim", "'oid'" },
        { "malformed", "well-formed JWT" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task ValidateAsync_WhenTokenIsNotAcceptable_Returns401WithTheReason(string badCase, string reason)
    {
        var header = "Bearer " + Token(badCase);

        var result = await Validator().ValidateAsync(header, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.Status);
        Assert.Contains(reason, result.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ValidateAsync_WhenTokenIsGood_ReturnsTheCallersObjectId()
    {
        var token = fixture.Issuer.CreateUserToken(ObjectId, "Trainer", "t@example.org", [], Audience);

        var result = await Validator().ValidateAsync("Bearer " + token, CancellationToken.None);

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(ObjectId, result.ObjectId);
    }

    [Fact]
    public async Task ValidateAsync_WhenExpiredWithinTheSkew_StillAccepts()
    {
        var token = fixture.Issuer.CreateUserToken(ObjectId, "Trainer", "t@example.org", [], Audience);
        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4));

        var result = await Validator().ValidateAsync("Bearer " + token, CancellationToken.None);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("Basic dXNlcjpwYXNz", false)]
    [InlineData("Bearer", false)]
    public async Task ValidateAsync_WhenHeaderIsNotABearerToken_Returns401(string? header, bool missing)
    {
        var result = await Validator().ValidateAsync(header, CancellationToken.None);

        Assert.Equal(401, result.Status);
        Assert.Equal(missing, result.Missing);
    }

    [Fact]
    public async Task ValidateAsync_WhenMetadataIsUnreachable_Returns503NotAnException()
    {
        var token = fixture.Issuer.CreateUserToken(ObjectId, "Trainer", "t@example.org", [], Audience);
        var validator = Validator($"http://127.0.0.1:{DrillPlatform.Local.FreePort.Next()}/.well-known/openidconfiguration");

        var result = await validator.ValidateAsync("Bearer " + token, CancellationToken.None);

        Assert.Equal(503, result.Status);
    }

    private string Token(string badCase)
    {
        var issuer = fixture.Issuer;
        string Signed(DevIssuer by, string audience, TimeSpan? lifetime = null) =>
            by.CreateToken(audience, lifetime, new Dictionary<string, object> { ["oid"] = ObjectId });
        switch (badCase)
        {
            case "wrong audience": return Signed(issuer, "api://someone-else");
            case "wrong issuer":
                using (var other = new DevIssuer("https://login.microsoftonline.com/another-tenant/v2.0"))
                    return Signed(other, Audience);
            case "expired beyond the 5 minute skew":
                var expired = Signed(issuer, Audience, TimeSpan.FromMinutes(10));
                time.Advance(TimeSpan.FromMinutes(16));
                return expired;
            case "not valid yet beyond the 5 minute skew":
                // The issuer stamps nbf with the real clock; the validator's clock runs 10 minutes behind it.
                time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-10));
                return Signed(issuer, Audience);
            case "alg none": return TestTokens.Unsigned(OpenIdFixture.IssuerName, Audience, "");
            case "HS256 with a shared secret": return TestTokens.Hmac(OpenIdFixture.IssuerName, Audience, "", issuer.KeyId);
            case "signed by a key the issuer never published": return Signed(fixture.Stranger, Audience);
            case "no oid claim": return issuer.CreateToken(Audience, null, new Dictionary<string, object> { ["name"] = "x" });
            case "malformed": return "not.a-jwt";
            default: throw new ArgumentOutOfRangeException(nameof(badCase), badCase, "No such case.");
        }
    }

    [Theory]
    [InlineData(Audience)]
    [InlineData("api://" + Audience)]
    public async Task ValidateAsync_WhenTheDocumentedAudienceIsEitherForm_AcceptsAV2TokenCarryingTheClientId(string configured)
    {
        var token = fixture.Issuer.CreateToken(Audience, null, new Dictionary<string, object> { ["oid"] = ObjectId, ["ver"] = "2.0" });

        var result = await Validator(audience: configured).ValidateAsync("Bearer " + token, CancellationToken.None);

        Assert.True(result.Succeeded, result.Reason);
    }

    private ApiTokenValidator Validator(string? metadataUrl = null, string audience = Audience)
    {
        var options = Options.Create(new ApiAuthOptions
        {
            Audience = audience,
            Issuer = OpenIdFixture.IssuerName,
            OpenIdMetadataUrl = metadataUrl ?? fixture.Server.MetadataUrl,
        });
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new ApiTokenValidator(new ApiSigningKeys(http, options), options, time, NullLogger<ApiTokenValidator>.Instance);
    }
}
