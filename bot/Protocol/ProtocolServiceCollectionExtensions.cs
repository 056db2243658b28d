using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Bot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework protocol. The caller registers its <see cref="IActivityHandler"/>.
    /// The local host overrides Bot:OpenIdMetadataUrl and Bot:Issuer through configuration and
    /// swaps the token provider with <see cref="UseStaticConnectorToken"/> (or any
    /// IConnectorTokenProvider registered before this call wins).
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        // Bound from the root: MicrosoftAppId & co. are top-level keys in every Bot Framework app.
        services.AddOptions<BotAuthOptions>()
            .Bind(configuration)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotSigningKeyCache.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<BotSigningKeyCache>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddScoped<BotEndpoint>();
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<IConnectorTokenProvider>(ChooseTokenProvider);
        services.TryAddSingleton<IConnectorPacer, UnpacedConnector>();
        return services;
    }

    public static IServiceCollection UseStaticConnectorToken(this IServiceCollection services, string token)
    {
        services.RemoveAll<IConnectorTokenProvider>();
        services.AddSingleton<IConnectorTokenProvider>(new StaticConnectorTokenProvider(token));
        return services;
    }

    private static IConnectorTokenProvider ChooseTokenProvider(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<BotAuthOptions>>();
        return options.Value.MicrosoftAppType switch
        {
            BotAppType.UserAssignedMSI => new ManagedIdentityConnectorTokenProvider(options, provider.GetRequiredService<TimeProvider>()),
            BotAppType.SingleTenant or BotAppType.MultiTenant => new MsalConnectorTokenProvider(options),
            var other => throw new InvalidOperationException($"MicrosoftAppType '{other}' has no connector token provider."),
        };
    }
}
