namespace DrillPlatform.Bot.Conversations;

/// <summary>"language en" / "语言 中文": the person's language, kept on the roster for later turns.</summary>
public sealed class LanguageConversation(RosterStore roster, Texts texts, Replies replies)
{
    public async Task SwitchAsync(Turn turn, string argument, CancellationToken ct)
    {
        var wanted = argument.Trim().ToLowerInvariant() switch
        {
            "en" or "english" or "英文" or "英语" => Locales.En,
            "zh" or "zh-cn" or "cn" or "chinese" or "中文" => Locales.ZhCn,
            _ => null,
        };
        if (wanted is null)
        {
            await replies.TextAsync(turn.Activity, texts.Get("language_usage", turn.Locale), ct);
            return;
        }
        await roster.SetLocaleAsync(turn.Person.ObjectId, wanted, ct);
        await replies.TextAsync(turn.Activity, texts.Get("language_switched", wanted), ct);
    }
}
