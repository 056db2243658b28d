using Azure.Core;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .Validate(StorageOptionsCheck.HasEndpoints, StorageOptionsCheck.MissingEndpointsMessage)
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new TableServiceClient(options.TableServiceUri, Credential(options), TableClients.Options())
                : new TableServiceClient(options.ConnectionString, TableClients.Options());
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new QueueServiceClient(options.QueueServiceUri, Credential(options))
                : new QueueServiceClient(options.ConnectionString);
        });
        return services;
    }

    private static TokenCredential Credential(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
