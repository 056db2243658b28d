using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Review;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Bot.Reports;

public static class ReportsBotServiceCollectionExtensions
{
    public static IServiceCollection AddReportsBot(this IServiceCollection services)
    {
        services.AddSingleton<ReviewCards>();
        services.AddSingleton<ReviewConversation>();
        services.AddSingleton<ICorrectiveActionNotifier, TeamsCorrectiveActionNotifier>();
        return services;
    }
}
