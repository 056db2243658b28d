using System.ComponentModel.DataAnnotations;
using DrillPlatform.Core.Api;

namespace DrillPlatform.Tests.Api;

[Trait("Category", "Unit")]
public class ApiAuthOptionsTests
{
    [Theory]
    [InlineData("https://login.microsoftonline.com/contoso/v2.0/.well-known/openid-configuration", true)]
    [InlineData("http://localhost:7071/dev/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/.well-known/openidconfiguration", true)]
    [InlineData("http://login.example.org/.well-known/openid-configuration", false)]
    [InlineData("not a url", false)]
    public void Validate_MetadataUrl_MustBeHttpsExceptOnLoopback(string url, bool valid)
    {
        var options = new ApiAuthOptions { Audience = "6c8a5d1e-0f7b-4c2a-9e3d-1b2c3d4e5f60", Issuer = "https://issuer.example", OpenIdMetadataUrl = url };
        var results = new List<ValidationResult>();

        var ok = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.Equal(valid, ok);
        if (!valid) Assert.Contains(results, r => r.MemberNames.Contains(nameof(ApiAuthOptions.OpenIdMetadataUrl)));
    }

    [Fact]
    public void Validate_WhenAudienceIsMissing_NamesTheSetting()
    {
        var options = new ApiAuthOptions { Issuer = "https://issuer.example", OpenIdMetadataUrl = "https://issuer.example/.well-known/openid-configuration" };
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.Contains(results, r => r.ErrorMessage!.Contains("Api:Audience"));
    }

    [Theory]
    [InlineData("api://drill-platform")]
    [InlineData("https://contoso.example/drills")]
    public void Validate_WhenAudienceIsAnAppIdUriWithoutTheClientId_SaysToPutTheClientIdThere(string audience)
    {
        var options = new ApiAuthOptions { Audience = audience, Issuer = "https://issuer.example", OpenIdMetadataUrl = "https://issuer.example/.well-known/openid-configuration" };
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        var error = Assert.Single(results);
        Assert.Contains("Api:Audience", error.ErrorMessage);
        Assert.Contains("client id", error.ErrorMessage);
    }

    [Fact]
    public void ClientId_WhenAudienceIsTheApiUriOfAClientId_IsThatClientIdAndBothAreAccepted()
    {
        var options = new ApiAuthOptions { Audience = "api://6C8A5D1E-0F7B-4C2A-9E3D-1B2C3D4E5F60" };

        Assert.Equal("6c8a5d1e-0f7b-4c2a-9e3d-1b2c3d4e5f60", options.ClientId);
        Assert.Contains("api://6C8A5D1E-0F7B-4C2A-9E3D-1B2C3D4E5F60", options.Audiences);
    }
}
