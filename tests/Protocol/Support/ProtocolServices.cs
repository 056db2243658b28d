using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Tests.Protocol.Support;

/// <summary>Builds the protocol's real DI composition over in-memory configuration.</summary>
public static class ProtocolServices
{
    public const string AppId = "00000000-1111-2222-3333-444444444444";

    public static Dictionary<string, string?> DevSettings(string metadataUrl, string issuer) => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-used-in-tests",
        ["MicrosoftAppTenantId"] = "tenant-1",
        ["Bot:OpenIdMetadataUrl"] = metadataUrl,
        ["Bot:Issuer"] = issuer,
    };

    public static ServiceProvider Build(
        IDictionary<string, string?> settings,
        TimeProvider? time = null,
        IActivityHandler? handler = null,
        string? staticToken = "static-test-token")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        services.AddSingleton(handler ?? new CountingActivityHandler());
        services.AddBotProtocol(configuration);
        if (staticToken is not null)
        {
            services.UseStaticConnectorToken(staticToken);
        }
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
