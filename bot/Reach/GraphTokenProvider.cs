namespace DrillPlatform.Bot.Reach;

/// <summary>
/// The bot's identity (managed identity or app secret) asked for Graph's scope in the bot's own
/// tenant, where the person and the app catalog are. Built on first use, so a deployment without
/// proactive installation never touches it.
/// </summary>
public sealed class GraphTokenProvider(IOptions<BotAuthOptions> bot, IOptions<ReachOptions> reach, TimeProvider time) : IGraphTokenProvider
{
    private readonly Lazy<DrillPlatform.Bot.Protocol.IConnectorTokenProvider> inner = new(() => Create(bot.Value, ReachEndpoints.Scope(reach.Value, bot.Value), time));

    public Task<string> GetTokenAsync(CancellationToken ct) => inner.Value.GetTokenAsync(ct);

    private static DrillPlatform.Bot.Protocol.IConnectorTokenProvider Create(BotAuthOptions settings, string scope, TimeProvider time) => settings.MicrosoftAppType switch
    {
        BotAppType.UserAssignedMSI => new ManagedIdentityConnectorTokenProvider(settings, scope, time),
        BotAppType.SingleTenant or BotAppType.MultiTenant =>
            new MsalConnectorTokenProvider(settings, scope, settings.MicrosoftAppTenantId ?? settings.AcceptedTenants.FirstOrDefault() ?? ""),
        var other => throw new InvalidOperationException($"MicrosoftAppType '{other}' has no Graph token provider."),
    };
}
