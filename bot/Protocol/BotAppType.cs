namespace DrillPlatform.Bot.Protocol;

/// <summary>The values of the Bot Framework's own <c>MicrosoftAppType</c> setting.</summary>
public enum BotAppType
{
    SingleTenant,
    UserAssignedMSI,

    // Accepted so an existing Bot Framework configuration still starts; Azure no longer creates
    // multi-tenant bots, so the token is taken from the botframework.com tenant as the SDK did.
    MultiTenant,
}
