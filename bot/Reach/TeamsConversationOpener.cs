namespace DrillPlatform.Bot.Reach;

/// <summary>
/// Reaches a person who never opened the bot, as Company Communicator does: install the Teams app
/// for them through Graph (409: it already was), create the 1:1 chat through the Connector
/// (POST v3/conversations, the member named by their Entra object id, which Teams accepts in the
/// personal scope), store the chat, return it. A 429 from either is handed back with its
/// Retry-After; a refusal makes the person unreachable with Graph's or Teams' own reason.
/// </summary>
public sealed class TeamsConversationOpener(
    GraphAppInstaller installer,
    ConnectorClient connector,
    ConversationRefStore conversations,
    IOptions<ReachOptions> reach,
    IOptions<BotAuthOptions> bot,
    TimeProvider time,
    ILogger<TeamsConversationOpener> logger) : IConversationOpener
{
    public async Task<ConversationRef> OpenAsync(StaffMember person, CancellationToken ct)
    {
        var catalogId = reach.Value.AppCatalogId;
        if (string.IsNullOrWhiteSpace(catalogId))
            throw new UnreachableException(NoConversationOpener.Reason + " Proactive installation is off (Reach:AppCatalogId is not set).");
        var serviceUrl = ReachEndpoints.ServiceUrl(reach.Value, bot.Value)
            ?? throw new UnreachableException(NoConversationOpener.Reason + " Reach:ServiceUrl is not set for this cloud.");
        var tenant = bot.Value.MicrosoftAppTenantId is { Length: > 0 } own ? own : bot.Value.AcceptedTenants[0];
        var botId = "28:" + bot.Value.MicrosoftAppId;

        try
        {
            var installed = await installer.InstallAsync(person.ObjectId, catalogId, ct);
            logger.LogInformation("Teams app {Outcome} for {PersonId}", installed ? "installed" : "already installed", person.ObjectId);
        }
        catch (GraphRefusedException e)
        {
            throw new UnreachableException(
                $"The DrillPlatform app could not be installed for this person in Teams (Graph {e.Status}{(e.Code is null ? "" : " " + e.Code)}: {e.GraphMessage}).", e);
        }

        string conversationId;
        try
        {
            conversationId = await connector.CreateConversationAsync(serviceUrl, tenant, botId, person.ObjectId, retryThrottled: false, ct);
        }
        catch (ConnectorException e) when (e.Status == 429)
        {
            throw new ReachThrottledException(e.RetryAfter ?? TimeSpan.FromSeconds(2), "Teams");
        }
        catch (ConnectorException e) when (e.Status is >= 400 and < 500)
        {
            throw new UnreachableException(
                $"The app is installed, but Teams refused to open a chat with this person ({e.Status}{(e.Code is null ? "" : " " + e.Code)}): {e.Reason}", e);
        }

        var now = time.GetUtcNow();
        var reference = new ConversationRef(person.ObjectId, conversationId, serviceUrl, tenant, botId, "", "msteams", person.Locale, now);
        await conversations.UpsertAsync(reference, ct);
        return reference;
    }
}
