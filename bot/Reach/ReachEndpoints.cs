namespace DrillPlatform.Bot.Reach;

/// <summary>The Reach:* URLs, each falling back to Bot:Cloud's preset when not set.</summary>
public static class ReachEndpoints
{
    public static string GraphBaseUrl(ReachOptions reach, BotAuthOptions bot) =>
        WithSlash(string.IsNullOrWhiteSpace(reach.GraphBaseUrl) ? bot.Bot.Preset.GraphBaseUrl : reach.GraphBaseUrl);

    public static string Scope(ReachOptions reach, BotAuthOptions bot) =>
        string.IsNullOrWhiteSpace(reach.GraphScope) ? bot.Bot.Preset.GraphScope : reach.GraphScope;

    public static string? ServiceUrl(ReachOptions reach, BotAuthOptions bot) =>
        string.IsNullOrWhiteSpace(reach.ServiceUrl) ? bot.Bot.Preset.ServiceUrl : reach.ServiceUrl;

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
