namespace DrillPlatform.Bot.Protocol;

/// <summary>Bot:Cloud: which Azure cloud the bot, its Teams tenant and Microsoft Graph live in.</summary>
public enum BotCloud
{
    Public,
    /// <summary>Azure and Microsoft 365 operated by 21Vianet.</summary>
    China,
    /// <summary>Azure Government with Teams GCC High.</summary>
    USGov,
}

/// <summary>
/// The endpoints each cloud's Bot Service, Entra ID and Graph publish. Values from the Bot Service
/// docs (public cloud defaults, "Deploy bots to the Azure China cloud", the SDK's
/// GovernmentAuthenticationConstants) and Graph's national cloud deployments. Any explicit
/// Bot:* or Reach:* setting overrides its preset value.
/// </summary>
public sealed record CloudPreset(
    string Issuer,
    string OpenIdMetadataUrl,
    string OAuthScope,
    string Authority,
    string GraphBaseUrl,
    string GraphScope,
    string? ServiceUrl)
{
    public static readonly CloudPreset Public = new(
        "https://api.botframework.com",
        "https://login.botframework.com/v1/.well-known/openidconfiguration",
        "https://api.botframework.com/.default",
        "https://login.microsoftonline.com",
        "https://graph.microsoft.com/v1.0/",
        "https://graph.microsoft.com/.default",
        "https://smba.trafficmanager.net/teams/");

    // No global Teams service URL is published for 21Vianet: set Reach:ServiceUrl to the serviceUrl
    // the tenant's activities carry before turning proactive installation on.
    public static readonly CloudPreset China = new(
        "https://api.botframework.azure.cn",
        "https://login.botframework.azure.cn/v1/.well-known/openidconfiguration",
        "https://api.botframework.azure.cn/.default",
        "https://login.partner.microsoftonline.cn",
        "https://microsoftgraph.chinacloudapi.cn/v1.0/",
        "https://microsoftgraph.chinacloudapi.cn/.default",
        null);

    public static readonly CloudPreset USGov = new(
        "https://api.botframework.us",
        "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
        "https://api.botframework.us/.default",
        "https://login.microsoftonline.us",
        "https://graph.microsoft.us/v1.0/",
        "https://graph.microsoft.us/.default",
        "https://smba.infra.gov.teams.microsoft.us/teams/");

    public static CloudPreset For(BotCloud cloud) => cloud switch
    {
        BotCloud.China => China,
        BotCloud.USGov => USGov,
        _ => Public,
    };
}
