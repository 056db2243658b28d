using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Core.Content;

public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddTemplatesFolder(configuration);
        services.AddSingleton(sp => ContentLoader.Load(sp.GetRequiredService<TemplatesFolder>().Root));
        services.AddSingleton(sp => new SiteRegistry(sp.GetRequiredService<ContentBundle>().Site));
        services.AddHostedService<ContentStartupCheck>();
        return services;
    }
}
