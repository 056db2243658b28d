using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Sms;

[Trait("Category", "Storage")]
public class SmsRegistrationTests
{
    [Fact]
    public async Task AddSms_WithAnAccessKey_SendsThroughTheSinkSigned()
    {
        await using var server = await SmsTestServer.SinkAsync();
        await using var services = await ServicesAsync(new()
        {
            ["Sms:Endpoint"] = server.BaseUri.ToString(),
            ["Sms:From"] = "DrillDesk",
            ["Sms:AccessKey"] = SmsTestServer.AccessKey,
        });

        var result = await services.GetRequiredService<SmsSender>()
            .SendOnceAsync("check:c1:oid-1", new SmsRecipient("+8613800000009", "en"), "check-overdue",
                new { CheckTitle = "Extinguisher visual check", Location = "Records office", DaysOverdue = 2 });

        Assert.True(result.Successful);
        Assert.Equal("DrillDesk", Assert.Single(server.Outbox.Messages).From);
        Assert.IsType<AccessKeyAuthenticator>(services.GetRequiredService<IAcsRequestAuthenticator>());
    }

    [Fact]
    public async Task AddSms_WithoutAnAccessKey_UsesAnEntraToken()
    {
        await using var services = await ServicesAsync(new()
        {
            ["Sms:Endpoint"] = "https://example.communication.azure.com",
            ["Sms:From"] = "+18001110000",
        });

        Assert.IsType<EntraTokenAuthenticator>(services.GetRequiredService<IAcsRequestAuthenticator>());
    }

    [Fact]
    public async Task AddSms_WhenFromIsNeitherE164NorAlphanumeric_FailsValidationNamingTheSetting()
    {
        await using var services = await ServicesAsync(new()
        {
            ["Sms:Endpoint"] = "https://example.communication.azure.com",
            ["Sms:From"] = "13800000000",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SmsOptions>>().Value);

        Assert.Contains("Sms:From", error.Message);
    }

    private static async Task<ServiceProvider> ServicesAsync(Dictionary<string, string?> settings)
    {
        settings["Storage:ConnectionString"] = await AzuriteFixture.ConnectionStringAsync();
        settings["Storage:Prefix"] = AzuriteFixture.NewPrefix();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddStorage(configuration).AddSms(configuration);
        return services.BuildServiceProvider();
    }
}
