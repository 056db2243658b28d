using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>Reads templates/i18n/{zh-CN,en}.yaml, flat key: text maps, and checks that both have every key.</summary>
internal static class TextsReader
{
    public const string Folder = "i18n";

    public static Dictionary<string, Localized> Read(string root, ContentErrors errors)
    {
        var zh = ReadFile(root, Locales.ZhCn, errors);
        var en = ReadFile(root, Locales.En, errors);
        if (zh is null || en is null)
            return [];

        Parity(Locales.ZhCn, zh, Locales.En, en, errors);
        Parity(Locales.En, en, Locales.ZhCn, zh, errors);
        return zh.Keys.Intersect(en.Keys)
            .ToDictionary(key => key, key => new Localized(zh[key].Text, en[key].Text), StringComparer.Ordinal);
    }

    private static string FileOf(string locale) => $"{Folder}/{locale}.yaml";

    // Reported at the line of the key that has no partner, since the other file has no line to point at.
    private static void Parity(string locale, Dictionary<string, (string Text, int Line)> texts,
        string otherLocale, Dictionary<string, (string Text, int Line)> otherTexts, ContentErrors errors)
    {
        foreach (var (key, value) in texts.Where(pair => !otherTexts.ContainsKey(pair.Key)))
            errors.Add(FileOf(locale), value.Line, $"missing {otherLocale} translation of '{key}' (add it to {FileOf(otherLocale)})");
    }

    private static Dictionary<string, (string Text, int Line)>? ReadFile(string root, string locale, ContentErrors errors)
    {
        var file = FileOf(locale);
        var r = new NodeReader(file, errors);
        if (r.Mapping(YamlFile.Parse(root, file, errors), "the texts file") is not { } map)
            return null;

        var texts = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (valueNode is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                texts[key] = (text.Trim(), YamlFile.Line(keyNode));
            else
            {
                r.Error(valueNode, $"missing {locale} translation of '{key}' (the value must be a non-empty text)");
                texts[key] = ("", YamlFile.Line(keyNode));
            }
        }
        return texts;
    }
}
