using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DrillPlatform.Core.Scenarios;

public static class ScenarioServiceCollectionExtensions
{
    /// <summary>
    /// The scenario catalogue (from the same templates root as AddContent, citations checked
    /// against its plan sections) and the engine. Call after AddContent.
    /// </summary>
    public static IServiceCollection AddScenarios(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTemplatesFolder(configuration);
        services.AddSingleton(sp => ScenarioCatalog.Load(
            sp.GetRequiredService<TemplatesFolder>().Root,
            sp.GetRequiredService<ContentBundle>().Sections,
            sp.GetRequiredService<ContentBundle>().Site));
        services.AddSingleton<ScenarioEngine>();
        services.AddSingleton<WalkStore>();
        services.AddHostedService<ScenarioStartupCheck>();
        return services;
    }
}

/// <summary>Loads the scenarios while the host starts, so a broken file stops start-up rather than a drill.</summary>
internal sealed class ScenarioStartupCheck(ScenarioCatalog catalog, ILogger<ScenarioStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Scenarios loaded: {Scenarios} scenarios, {Actions} plan actions", catalog.Scenarios.Count, catalog.Actions.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
