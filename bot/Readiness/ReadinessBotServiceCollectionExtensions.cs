using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Sending;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Bot.Readiness;

public static class ReadinessBotServiceCollectionExtensions
{
    public static IServiceCollection AddReadinessBot(this IServiceCollection services)
    {
        services.AddSingleton<ReadinessCards>();
        services.AddSingleton<ReadinessConversation>();
        services.AddSingleton<IReadinessNotifier, TeamsReadinessNotifier>();
        return services;
    }
}
