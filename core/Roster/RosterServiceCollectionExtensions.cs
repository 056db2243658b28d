using DrillPlatform.Core.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Core.Roster;

public static class RosterServiceCollectionExtensions
{
    /// <summary>
    /// The roster and the Teams conversation references of the people on it. Needs AddStorage;
    /// the importer takes the known role ids from the ContentBundle registered by the content loader.
    /// </summary>
    public static IServiceCollection AddRoster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RosterStore>();
        services.AddSingleton<ConversationRefStore>();
        services.AddSingleton<OnceLedger>();
        services.AddOptions<ReachOptions>().Bind(configuration.GetSection(ReachOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IConversationOpener, NoConversationOpener>(); // the bot registers the Graph one
        services.AddSingleton(sp => new RosterCsvImporter(
            sp.GetRequiredService<RosterStore>(),
            sp.GetRequiredService<ContentBundle>().Roles.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase),
            sp.GetService<ILogger<RosterCsvImporter>>(),
            moves: sp.GetServices<IRosterMoves>()));
        return services;
    }
}
