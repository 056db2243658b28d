using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DrillPlatform.Core.Equipment;

/// <summary>Loads the check definitions and the registry seed while the host starts, so a bad file stops start-up, not the first timer.</summary>
internal sealed class EquipmentStartupCheck(IServiceProvider services, ILogger<EquipmentStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<CheckCatalog>();
        var seed = services.GetRequiredService<EquipmentSeed>();
        logger.LogInformation("Checks loaded: {Definitions} check definitions, {Items} demo equipment items", catalog.All.Count, seed.Items.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
