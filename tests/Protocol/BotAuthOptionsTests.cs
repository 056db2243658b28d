using DrillPlatform.Tests.Protocol.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Protocol;

[Trait("Category", "Storage")]
public sealed class BotAuthOptionsTests
{
    [Fact]
    public void Bind_WhenOnlyRootKeysAreSet_UsesPublicCloudDefaults()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppTenantId"] = "tenant",
        });

        Assert.Equal(BotAppType.UserAssignedMSI, options.MicrosoftAppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.Bot.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.Bot.Issuer);
        Assert.Equal("https://api.botframework.com/.default", options.Bot.OAuthScope);
        Assert.Equal("https://login.microsoftonline.com", options.Bot.Authority);
    }

    [Theory]
    [InlineData(null, "app", "pw", "tenant", "MicrosoftAppType is required")]
    [InlineData("SingleTenant", null, "pw", "tenant", "MicrosoftAppId is required")]
    [InlineData("SingleTenant", "app", null, "tenant", "MicrosoftAppPassword is required")]
    [InlineData("SingleTenant", "app", "pw", null, "MicrosoftAppTenantId is required")]
    [InlineData("UserAssignedMSI", "app", null, null, "MicrosoftAppTenantId is required")]
    [InlineData("MultiTenant", "app", null, null, "MicrosoftAppPassword is required")]
    public void Validate_WhenARequiredSettingIsMissing_NamesIt(string? type, string? appId, string? password, string? tenant, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        }));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Validate_WhenMetadataUrlIsPlainHttpOnAPublicHost_RefusesToStart()
    {
        var settings = ProtocolServices.DevSettings("http://login.botframework.com/v1/.well-known/openidconfiguration", "x");

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(settings));

        Assert.Contains("Bot:OpenIdMetadataUrl", error.Message);
        Assert.Contains("must use https", error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:7071/openid")]
    [InlineData("http://[::1]:7071/openid")]
    [InlineData("http://localhost:7071/openid")]
    public void Validate_WhenMetadataUrlIsPlainHttpOnLoopback_Accepts(string url)
    {
        var options = Resolve(ProtocolServices.DevSettings(url, "x"));

        Assert.Equal(url, options.Bot.OpenIdMetadataUrl);
    }

    [Fact]
    public void AddBotProtocol_WhenAppTypeIsUserAssignedMsi_ChoosesManagedIdentityProvider()
    {
        using var services = ProtocolServices.Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppTenantId"] = "tenant",
        }, staticToken: null);

        Assert.IsType<ManagedIdentityConnectorTokenProvider>(services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public void AddBotProtocol_WhenAppTypeIsSingleTenant_ChoosesMsalProvider()
    {
        using var services = ProtocolServices.Build(ProtocolServices.DevSettings("https://example.org/openid", "x"), staticToken: null);

        Assert.IsType<MsalConnectorTokenProvider>(services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public async Task StartAsync_WhenAppIdIsMissing_FailsHostStartup()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppType"] = "SingleTenant" });
        builder.Services.AddBotProtocol(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppId is required", error.Message);
    }

    private static BotAuthOptions Resolve(Dictionary<string, string?> settings)
    {
        using var services = ProtocolServices.Build(settings);
        return services.GetRequiredService<IOptions<BotAuthOptions>>().Value;
    }
}
