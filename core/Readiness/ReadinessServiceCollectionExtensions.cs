using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Rebuild;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Sending;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Core.Scenarios;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DrillPlatform.Core.Readiness;

public static class ReadinessServiceCollectionExtensions
{
    /// <summary>The readiness model (templates/readiness/readiness.yaml, checked at start-up), its stores and use cases. Call after AddContent, AddScenarios, AddDrills.</summary>
    public static IServiceCollection AddReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTemplatesFolder(configuration);
        services.AddSingleton(sp => ReadinessLoader.Load(sp.GetRequiredService<TemplatesFolder>().Root, sp.GetRequiredService<ContentBundle>()));
        services.AddSingleton(sp => new ReadinessWeek(SiteClock.For(sp.GetRequiredService<ContentBundle>().Site)));
        services.AddSingleton(sp =>
        {
            var catalog = sp.GetRequiredService<ScenarioCatalog>();
            return new ReadinessScorer(sp.GetRequiredService<ReadinessModel>(), sp.GetRequiredService<ContentBundle>().Questions,
                id => catalog.Find(id)?.Title ?? ReadinessText.Same(id), sp.GetRequiredService<ReadinessWeek>().Zone);
        });
        services.AddSingleton<ReadinessStore>();
        services.AddSingleton<ReadinessSnapshotStore>();
        services.AddSingleton<ReadinessSendStore>();
        services.AddSingleton<ReadinessNudgeQueue>();
        services.AddSingleton<ReadinessRecorder>();
        services.AddSingleton<ReadinessReader>();
        services.AddSingleton<ReadinessSnapshots>();
        services.AddSingleton<ReadinessDigest>();
        services.AddSingleton<ReadinessNudges>();
        services.AddSingleton<ReadinessHistory>();
        services.AddSingleton<ReadinessRebuild>();
        services.AddSingleton<IRosterMoves, ReadinessRosterMoves>();
        services.AddHostedService<ReadinessStartupCheck>();
        return services;
    }
}

/// <summary>Loads readiness.yaml while the host starts, so a bad weight or a missing translation stops start-up with file:line.</summary>
internal sealed class ReadinessStartupCheck(ReadinessModel model, ILogger<ReadinessStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Readiness model loaded: {Topics} topics, bands {Ready}/{AtRisk}", model.Topics.Count, model.ReadyAt, model.AtRiskAt);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
