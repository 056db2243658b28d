using DrillPlatform.Bot.Reach;
using DrillPlatform.Core.Messaging;
using Microsoft.Extensions.Configuration;

namespace DrillPlatform.Tests.Protocol;

[Trait("Category", "Unit")]
public sealed class CloudPresetTests
{
    private static BotAuthOptions Bind(params (string Key, string Value)[] settings)
    {
        var options = new BotAuthOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build().Bind(options);
        return options;
    }

    [Fact]
    public void Cloud_China_SelectsThe21VianetBotServiceEndpoints()
    {
        var bot = Bind(("Bot:Cloud", "China")).Bot;

        Assert.Equal("https://api.botframework.azure.cn", bot.Issuer);
        Assert.Equal("https://login.botframework.azure.cn/v1/.well-known/openidconfiguration", bot.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.azure.cn/.default", bot.OAuthScope);
        Assert.Equal("https://login.partner.microsoftonline.cn", bot.Authority);
    }

    [Fact]
    public void Cloud_USGov_SelectsTheGovernmentEndpointsAndGraph()
    {
        var options = Bind(("Bot:Cloud", "USGov"));

        Assert.Equal("https://api.botframework.us", options.Bot.Issuer);
        Assert.Equal("https://login.microsoftonline.us", options.Bot.Authority);
        Assert.Equal("https://graph.microsoft.us/v1.0/", ReachEndpoints.GraphBaseUrl(new ReachOptions(), options));
        Assert.Equal("https://graph.microsoft.us/.default", ReachEndpoints.Scope(new ReachOptions(), options));
    }

    [Fact]
    public void Cloud_Default_IsThePublicCloud()
    {
        var options = Bind();

        Assert.Equal("https://api.botframework.com", options.Bot.Issuer);
        Assert.Equal(BotEndpointOptions.PublicCloudMetadataUrl, options.Bot.OpenIdMetadataUrl);
        Assert.Equal("https://smba.trafficmanager.net/teams/", ReachEndpoints.ServiceUrl(new ReachOptions(), options));
    }

    [Fact]
    public void ExplicitSettings_OverrideThePreset_InEitherOrder()
    {
        var bot = Bind(("Bot:Issuer", "https://issuer.example"), ("Bot:Cloud", "China"), ("Bot:Authority", "https://login.example")).Bot;

        Assert.Equal("https://issuer.example", bot.Issuer);
        Assert.Equal("https://login.example", bot.Authority);
        Assert.Equal("https://api.botframework.azure.cn/.default", bot.OAuthScope);
    }
}
