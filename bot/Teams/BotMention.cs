namespace DrillPlatform.Bot.Teams;

/// <summary>
/// What a person typed to the bot, without the bot's own @mention. Teams puts each mention's exact
/// text ("&lt;at&gt;DrillPlatform&lt;/at&gt;") in a mention entity; only the one naming the bot
/// (the activity's recipient) is removed, so "practice with &lt;at&gt;Li Wei&lt;/at&gt;" keeps Li Wei.
/// </summary>
public static class BotMention
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? "";
        var bot = activity.Recipient?.Id;
        if (bot is null || activity.Entities is not { Count: > 0 } entities) return text.Trim();
        foreach (var mention in entities)
            if (mention is { Type: "mention", Text: { Length: > 0 } said } && mention.Mentioned?.Id == bot)
                text = text.Replace(said, " ", StringComparison.Ordinal);
        return text.Trim();
    }
}
