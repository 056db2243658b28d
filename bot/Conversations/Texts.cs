namespace DrillPlatform.Bot.Conversations;

/// <summary>The bot's own sentences from templates/i18n, in the turn's language.</summary>
public sealed class Texts(ContentBundle content)
{
    public string Get(string key, string locale, params object[] args)
    {
        if (!content.Texts.TryGetValue(key, out var text))
            throw new KeyNotFoundException($"templates/i18n has no text '{key}'.");
        var value = text.For(locale);
        return args.Length == 0 ? value : string.Format(CultureInfo.InvariantCulture, value, args);
    }

    public string Citation(string sectionId, string locale)
    {
        var section = content.Sections.FirstOrDefault(s => s.Id == sectionId);
        return Get("citation", locale, section?.Title.For(locale) ?? sectionId);
    }
}
