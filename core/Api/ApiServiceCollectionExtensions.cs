using DrillPlatform.Core.Api.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Core.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The HTTP API's authentication and handlers; both hosts call it after AddCore.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiAuthOptions>()
            .BindConfiguration(ApiAuthOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ApiSigningKeys.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<ApiSigningKeys>();
        services.AddSingleton<ApiTokenValidator>();
        services.AddSingleton<ApiGate>();
        services.AddSingleton<ApiReferences>();
        services.AddSingleton<DrillsApi>();
        services.AddSingleton<ChecksApi>();
        services.AddSingleton<ReadinessApi>();
        services.AddSingleton<ReviewApi>();
        services.AddSingleton<ReportTabApi>();
        services.AddSingleton<ReportsApi>();
        return services;
    }
}
