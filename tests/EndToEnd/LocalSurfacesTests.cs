using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>What the local host shows or writes only while it is a developer's sandbox.</summary>
[Trait("Category", "EndToEnd")]
public sealed class LocalSurfacesTests
{
    [Fact]
    public async Task SmsOutbox_WhenARealBotIsConfigured_RefusesFullNumbersButShowsMaskedOnes()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var tenant = "7a0c5e3b-1d2f-4e6a-8b9c-0d1e2f3a4b5c";
        await using var app = await LocalHost.BuildAsync(
        [
            "--urls", url,
            "--Storage:ConnectionString", await AzuriteFixture.ConnectionStringAsync(),
            "--Storage:Prefix", AzuriteFixture.NewPrefix(),
            "--Logging:LogLevel:Default", "Warning",
            "--MicrosoftAppType", "UserAssignedMSI",
            "--MicrosoftAppId", "2b6c1f0a-3e4d-4a5b-9c8d-7e6f5a4b3c2d",
            "--MicrosoftAppTenantId", tenant,
            "--Bot:OpenIdMetadataUrl", BotEndpointDefaults,
            "--Api:Audience", "4c3b2a19-0f8e-4d7c-a6b5-c4d3e2f1a0b9",
            "--Api:Issuer", $"https://login.microsoftonline.com/{tenant}/v2.0",
            "--Api:OpenIdMetadataUrl", $"https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration",
            "--SeedDemoData", "false",
        ]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        var full = await http.GetAsync("/sms/outbox?full=true");
        var masked = await http.GetAsync("/sms/outbox");

        Assert.Equal(HttpStatusCode.Forbidden, full.StatusCode);
        Assert.Equal(HttpStatusCode.OK, masked.StatusCode);
        await app.StopAsync();
    }

    private const string BotEndpointDefaults = DrillPlatform.Bot.Protocol.BotEndpointOptions.PublicCloudMetadataUrl;

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=prodhospital;AccountKey=a2V5;EndpointSuffix=core.windows.net", null, false)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=prodhospital;AccountKey=a2V5;TableEndpoint=https://prodhospital.table.core.windows.net/", null, false)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=prodhospital;AccountKey=a2V5;EndpointSuffix=core.windows.net", "true", true)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;", null, true)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;", "false", false)]
    [InlineData("UseDevelopmentStorage=true", null, true)]
    [InlineData(null, null, false)]
    public void ShouldSeed_PutsDemoPeopleOnlyIntoStorageOnThisMachineOrOnRequest(string? connection, string? asked, bool seeds)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connection,
            ["Storage:TableServiceUri"] = connection is null ? "https://prodhospital.table.core.windows.net/" : null,
            [DemoData.SeedSetting] = asked,
        }).Build();

        Assert.Equal(seeds, DemoData.ShouldSeed(configuration, new LocalDevelopment()));
    }
}
