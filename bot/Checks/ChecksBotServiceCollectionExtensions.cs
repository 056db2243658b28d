using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Escalation;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Bot.Checks;

public static class ChecksBotServiceCollectionExtensions
{
    /// <summary>The Teams side of equipment checks: cards, the proactive notifier core's ladder uses, the conversation.</summary>
    public static IServiceCollection AddCheckBot(this IServiceCollection services)
    {
        services.AddSingleton<CheckCards>();
        services.AddSingleton<ICheckNotifier, TeamsCheckNotifier>();
        services.AddTransient<CheckConversation>();
        return services;
    }
}
