using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>
/// The one way to read the platform's YAML (content, scenarios, calendar, checks, readiness, reports):
/// typed reads from one file's nodes, parsed by <see cref="YamlFile"/>. A bad value records a
/// <see cref="ContentError"/> (file:line: reason) and yields a placeholder, so loading carries on and
/// every problem in the file is reported at once. This part reads the structure; NodeReader.Values the values.
/// </summary>
internal sealed partial class NodeReader(string file, ContentErrors errors)
{
    private static readonly Localized Blank = new("", "");

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

    /// <summary>The entries of a mapping whose keys are data (dates, names, values), each key a non-empty text.</summary>
    public IEnumerable<(string Name, YamlNode Key, YamlNode Value)> Entries(YamlMappingNode map, string what)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !string.IsNullOrWhiteSpace(name))
                yield return (name.Trim(), key, value);
            else
                Error(key, $"each key of {what} must be a non-empty text");
        }
    }

    /// <summary>Reports keys the format does not know, so a typo such as 'corect' is not silently ignored.</summary>
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
