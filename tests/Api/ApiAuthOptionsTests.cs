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
        var options = new ApiAuthOptions { Audience = "api://x", Issuer = "https://issuer.example", OpenIdMetadataUrl = url };
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
}
