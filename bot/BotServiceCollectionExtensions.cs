using DrillPlatform.Bot.Conversations;
using DrillPlatform.Bot.Protocol;
using DrillPlatform.Core.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>The Teams bot: protocol (auth, Connector) and the conversations. Functions and the local host both call this.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotProtocol(configuration);
        services.AddSingleton(sp => new CardRenderer(ContentRoot.Resolve(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Root)));
        services.AddSingleton<Texts>();
        services.AddSingleton<QuizCards>();
        services.AddSingleton<Replies>();
        services.AddSingleton<ConversationCapture>();
        services.AddSingleton<HelpConversation>();
        services.AddSingleton<QuizConversation>();
        services.AddSingleton<RoleConversation>();
        services.AddSingleton<ExtinguisherConversation>();
        services.AddSingleton<LanguageConversation>();
        services.AddSingleton<IActivityHandler, TeamsBot>();
        return services;
    }
}
