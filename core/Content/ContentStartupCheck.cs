using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DrillPlatform.Core.Content;

/// <summary>Loads the content while the host starts, so a bad file stops start-up instead of the first quiz.</summary>
internal sealed class ContentStartupCheck(IServiceProvider services, ILogger<ContentStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bundle = services.GetRequiredService<ContentBundle>();
        services.GetRequiredService<SiteRegistry>();
        logger.LogInformation("Content loaded: {Questions} questions, {Roles} roles, {Extinguishers} extinguishers at {Site}",
            bundle.Questions.Count, bundle.Roles.Count, bundle.Site.Extinguishers.Count, bundle.Site.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
