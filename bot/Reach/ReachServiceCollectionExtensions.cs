using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Bot.Reach;

public static class ReachServiceCollectionExtensions
{
    /// <summary>Proactive installation through Graph and 1:1 chats the bot creates. Called from AddBot.</summary>
    public static IServiceCollection AddReach(this IServiceCollection services)
    {
        services.TryAddSingleton<IGraphTokenProvider, GraphTokenProvider>();
        services.AddSingleton<ConversationHealth>();
        services.AddHttpClient<GraphAppInstaller>(client => client.Timeout = TimeSpan.FromSeconds(30));
        services.RemoveAll<IConversationOpener>();
        services.AddTransient<IConversationOpener, TeamsConversationOpener>();
        return services;
    }
}
