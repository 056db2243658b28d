using DrillPlatform.Bot.Checks;
using DrillPlatform.Bot.Drills;
using DrillPlatform.Bot.Drills.Summary;
using DrillPlatform.Bot.Drills.Trainers;
using DrillPlatform.Bot.Drills.Walks;
using DrillPlatform.Bot.Reach;
using DrillPlatform.Bot.Readiness;
using DrillPlatform.Bot.Reports;
using DrillPlatform.Core.Drills.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>The Teams bot: protocol (auth, Connector) and the conversations. Functions and the local host both call this.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotProtocol(configuration);
        // One pacer for every Connector call of this instance (core's TeamsRateLimiter).
        services.Replace(ServiceDescriptor.Singleton<IConnectorPacer, ConnectorPacing>());
        services.AddTemplatesFolder(configuration);
        services.AddSingleton(sp => new CardRenderer(sp.GetRequiredService<TemplatesFolder>().Root));
        services.AddSingleton<Texts>();
        services.AddSingleton<QuizCards>();
        services.AddSingleton<Replies>();
        services.AddSingleton<ConversationCapture>();
        services.AddSingleton<HelpConversation>();
        services.AddSingleton<WelcomeConversation>();
        services.AddSingleton<QuizConversation>();
        services.AddSingleton<RoleConversation>();
        services.AddSingleton<ExtinguisherConversation>();
        services.AddSingleton<LanguageConversation>();
        services.AddWalkThroughs();
        services.AddTrainerCommands();
        services.AddSingleton<SummaryCards>();
        services.AddSingleton<IDrillSummaryNotifier, TeamsDrillSummaryNotifier>();
        services.AddCheckBot();
        services.AddDrillBot();
        services.AddReadinessBot();
        services.AddReportsBot();
        services.AddReach();
        services.AddSingleton<TeamsBot>();
        services.AddSingleton<RecentActivityIds>();
        services.AddSingleton<IActivityHandler, RedeliveryGuard>();
        return services;
    }

    private static void AddWalkThroughs(this IServiceCollection services)
    {
        services.AddSingleton<WalkCards>();
        services.AddSingleton<DrillWalkGate>();
        services.AddSingleton<DrillResults>();
        services.AddSingleton<WalkProgress>();
        services.AddSingleton<WalkConversation>();
        services.AddSingleton<WalkAnswers>();
        services.AddSingleton<PracticeConversation>();
        services.AddSingleton<WalkCommands>();
    }

    private static void AddTrainerCommands(this IServiceCollection services)
    {
        services.AddSingleton<Departments>();
        services.AddSingleton<ScheduleConversation>();
        services.AddSingleton<RunConversation>();
        services.AddSingleton<CancelConversation>();
        services.AddSingleton<TrainerCommands>();
        services.AddSingleton<DrillListConversation>();
    }
}
