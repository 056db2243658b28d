using DrillPlatform.Core.Drills.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Bot.Drills;

public static class DrillsBotServiceCollectionExtensions
{
    /// <summary>The Teams side of a drill's fan-out: the alert card and the prompter. Called from AddBot.</summary>
    public static IServiceCollection AddDrillBot(this IServiceCollection services)
    {
        services.AddSingleton<DrillAlertCard>();
        services.AddTransient<IDrillPrompter, TeamsDrillPrompter>();
        return services;
    }
}
