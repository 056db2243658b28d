using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>
/// Typed reads from one file's YAML nodes. A bad value records an error and yields a placeholder,
/// so loading carries on and every problem in the file is reported at once.
/// </summary>
internal sealed class NodeReader(string file, ContentErrors errors)
{
    private static readonly Localized Blank = new("", "");

    /// <summary>What Integer returns for a missing or malformed value, after recording the error.</summary>
    public const int Invalid = -1;

    public string File { get; } = file;

    public void Error(YamlNode node, string reason) => errors.Add(File, YamlFile.Line(node), reason);

    public IEnumerable<YamlMappingNode> Items(YamlNode? node, string what)
    {
        if (node is null)
            yield break;
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"{what} must be a list");
            yield break;
        }
        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode map)
                yield return map;
            else
                Error(child, $"each entry of {what} must be a mapping of keys to values");
        }
    }

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is YamlMappingNode map)
            return map;
        if (node is not null)
            Error(node, $"{what} must be a mapping of keys to values");
        return null;
    }

    public void AllowKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                Error(key, $"unknown key '{name}' (expected one of: {string.Join(", ", allowed)})");
        }
    }

    public YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlNode? Required(YamlMappingNode map, string key)
    {
        var value = Optional(map, key);
        if (value is null)
            Error(map, $"missing '{key}'");
        return value;
    }

    public string Text(YamlMappingNode map, string key)
    {
        var node = Required(map, key);
        if (node is null)
            return "";
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            return value.Trim();
        Error(node, $"'{key}' must be a non-empty text");
        return "";
    }

    public int Integer(YamlMappingNode map, string key)
    {
        var text = Text(map, key);
        if (text.Length > 0 && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        if (text.Length > 0)
            Error(Optional(map, key)!, $"'{key}' must be a whole number, not '{text}'");
        return Invalid;
    }

    public double Number(YamlMappingNode map, string key)
    {
        var text = Text(map, key);
        if (text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return value;
        if (text.Length > 0)
            Error(Optional(map, key)!, $"'{key}' must be a number, not '{text}'");
        return 0;
    }

    public IReadOnlyList<string> TextList(YamlMappingNode map, string key)
    {
        var node = Optional(map, key);
        if (node is null)
            return [];
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list");
            return [];
        }
        var values = new List<string>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                values.Add(value.Trim());
            else
                Error(child, $"each entry of '{key}' must be a non-empty text");
        }
        return values;
    }

    public Localized Localized(YamlMappingNode map, string key)
    {
        var node = Required(map, key);
        return node is null ? Blank : Translations(node, $"'{key}'");
    }

    /// <summary>Reads {zh-CN: ..., en: ...}; a missing or empty language is a missing translation.</summary>
    public Localized Translations(YamlNode node, string what)
    {
        if (Mapping(node, $"{what} (a zh-CN and an en text)") is not { } map)
            return Blank;
        AllowKeys(map, Locales.ZhCn, Locales.En);
        return new Localized(Translation(map, Locales.ZhCn, what), Translation(map, Locales.En, what));
    }

    public static bool HasLanguage(YamlMappingNode map, string locale) => map.Children.ContainsKey(new YamlScalarNode(locale));

    private string Translation(YamlMappingNode map, string locale, string what)
    {
        var node = Optional(map, locale);
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            return value.Trim();
        Error(node ?? map, $"missing {locale} translation of {what}");
        return "";
    }
}
