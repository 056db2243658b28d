using DrillPlatform.Bot.Reach;
using DrillPlatform.Local.FunctionsHost;
using DrillPlatform.Local.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Local;

/// <summary>
/// What the local host adds around the platform: Azurite when no storage is configured, and a
/// local token issuer when no bot identity is configured. A configured bot (MicrosoftAppId,
/// Bot:OpenIdMetadataUrl) is trusted exactly as a deployment would, and the emulator is off.
/// </summary>
public sealed class LocalDevelopment : IAsyncDisposable
{
    public const string DevAppId = "5e1f7c1a-6b0d-4c3e-9f1a-d711b0e0c0de";
    public const string DevTenantId = "00000000-0000-4000-8000-0000000000d1";

    private Azurite? azurite;

    public Azurite? Azurite => azurite;

    public string RepoRoot { get; private init; } = "";

    /// <summary>
    /// The one clock of the local host. The dev issuer signs with it too, so that tokens it mints
    /// after the clock was advanced are not "expired" to validators that read the same clock.
    /// </summary>
    public LocalClock Clock { get; } = new();
    public DevIssuer? Issuer { get; private set; }
    public bool SmsSink { get; private set; }
    public bool AliyunSmsSink { get; private set; }

    public static async Task<LocalDevelopment> ConfigureAsync(WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var development = new LocalDevelopment { RepoRoot = Azurite.FindRepoRoot(AppContext.BaseDirectory) };
        var settings = new Dictionary<string, string?>();

        if (string.IsNullOrEmpty(config["Storage:ConnectionString"]) && string.IsNullOrEmpty(config["Storage:TableServiceUri"]))
        {
            development.azurite = await Azurite.StartAsync(development.RepoRoot, Path.Combine(development.RepoRoot, ".azurite"));
            settings["Storage:ConnectionString"] = development.azurite.ConnectionString;
        }

        if (string.IsNullOrEmpty(config["MicrosoftAppId"]) && string.IsNullOrEmpty(config["Bot:OpenIdMetadataUrl"]))
        {
            var baseUrl = BaseUrl(config["urls"] ?? LocalHost.DefaultUrl);
            development.Issuer = new DevIssuer($"{baseUrl}/dev", development.Clock);
            settings["MicrosoftAppType"] = "UserAssignedMSI";
            settings["MicrosoftAppId"] = DevAppId;
            settings["MicrosoftAppTenantId"] = DevTenantId;
            settings["Bot:OpenIdMetadataUrl"] = $"{baseUrl}/dev/.well-known/openidconfiguration";
            settings["Bot:Issuer"] = development.Issuer.Issuer;
            // People who never opened the emulator are reached as in Teams: the fake Graph installs the
            // app for them and the emulator's Connector creates their chat.
            if (string.IsNullOrEmpty(config["Reach:AppCatalogId"]))
            {
                settings["Reach:AppCatalogId"] = FakeGraph.LocalCatalogId;
                settings["Reach:GraphBaseUrl"] = $"{baseUrl}/graph/v1.0/";
                settings["Reach:ServiceUrl"] = $"{baseUrl}/emulator/";
            }
        }

        if (string.Equals(config["Sms:Provider"], nameof(SmsProviderName.Aliyun), StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrEmpty(config["Sms:Aliyun:AccessKeyId"]))
            {
                // Sms:Provider Aliyun without an account: the local Alibaba Cloud sink, V3-signed like the real service.
                development.AliyunSmsSink = true;
                settings["Sms:Aliyun:Endpoint"] = BaseUrl(config["urls"] ?? LocalHost.DefaultUrl) + "/aliyun";
                settings["Sms:Aliyun:AccessKeyId"] = "LTAI5tLocalSink";
                settings["Sms:Aliyun:AccessKeySecret"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
            }
        }
        else if (string.IsNullOrEmpty(config["Sms:Endpoint"]))
        {
            // The local host's own SMS sink speaks the ACS REST contract and checks the signature.
            development.SmsSink = true;
            settings["Sms:Endpoint"] = BaseUrl(config["urls"] ?? LocalHost.DefaultUrl);
            settings["Sms:From"] = "DrillDesk";
            settings["Sms:AccessKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        }

        config.AddInMemoryCollection(settings);
        return development;
    }

    /// <summary>Locally the bot's outbound calls go to the emulator, with tokens from the local issuer.</summary>
    public void AddDevServices(IServiceCollection services)
    {
        if (Issuer is null) return;
        services.AddSingleton(Issuer);
        services.RemoveAll<IConnectorTokenProvider>();
        services.AddSingleton<IConnectorTokenProvider, DevConnectorTokenProvider>();
        services.RemoveAll<IGraphTokenProvider>();
        services.AddSingleton<IGraphTokenProvider, DevGraphTokenProvider>();
        services.AddSingleton(sp => new FakeGraph(sp.GetRequiredService<IConfiguration>()["Reach:AppCatalogId"] ?? FakeGraph.LocalCatalogId));
    }

    private static string BaseUrl(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('/');
        return first.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost");
    }

    public async ValueTask DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
