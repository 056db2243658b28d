using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// Reads one YAML file node by node, keeping line numbers, and collects every problem as a
/// ContentError instead of stopping at the first, so a trainer sees them all at once.
/// </summary>
internal sealed class YamlReader(string file, List<ContentError> errors)
{
    public string File { get; } = file;

    public YamlNode? Parse(string text) => YamlFile.Parse(File, text, errors.Add);

    public void Error(int line, string reason) => errors.Add(new ContentError(File, line, reason));

    public static int Line(YamlNode node) => YamlFile.Line(node);

    public YamlMappingNode? AsMap(YamlNode node, string what)
    {
        if (node is YamlMappingNode map) return map;
        Error(Line(node), $"{what} must be a mapping");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key, what);
        if (node is null) return null;
        if (node is YamlSequenceNode seq) return seq;
        Error(Line(node), $"'{key}' of {what} must be a list");
        return null;
    }

    public YamlNode? Get(YamlMappingNode map, string key, string what, bool required = true)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return node;
        if (required) Error(Line(map), $"{what} has no '{key}'");
        return null;
    }

    public string? Text(YamlMappingNode map, string key, string what, bool required = true)
    {
        var node = Get(map, key, what, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { Length: > 0 } value }) return value;
        Error(Line(node), $"'{key}' of {what} must be a non-empty text");
        return null;
    }

    public int? Integer(YamlMappingNode map, string key, string what)
    {
        var text = Text(map, key, what);
        if (text is null) return null;
        if (int.TryParse(text, out var value)) return value;
        Error(Line(map.Children[new YamlScalarNode(key)]), $"'{key}' of {what} must be a whole number, not '{text}'");
        return null;
    }

    /// <summary>A scalar or a list of scalars (citation: fire or citation: [fire, fire-call]).</summary>
    public IReadOnlyList<string> TextList(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key, what);
        switch (node)
        {
            case null: return [];
            case YamlScalarNode { Value: { Length: > 0 } one }: return [one];
            case YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }) && seq.Children.Count > 0:
                return seq.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
            default:
                Error(Line(node), $"'{key}' of {what} must be an id or a non-empty list of ids");
                return [];
        }
    }

    /// <summary>Both languages; a missing or empty one is reported and read as "".</summary>
    public Localized Localized(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key, what);
        return node is null ? new Localized("", "") : Localized(node, $"'{key}' of {what}");
    }

    public Localized Localized(YamlNode node, string what)
    {
        if (node is not YamlMappingNode map)
        {
            Error(Line(node), $"{what} must have {Locales.ZhCn} and {Locales.En} texts");
            return new Localized("", "");
        }
        Keys(map, what, Locales.All.ToArray());
        return new Localized(Translation(map, Locales.ZhCn, what), Translation(map, Locales.En, what));
    }

    private string Translation(YamlMappingNode map, string locale, string what)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(locale), out var node)
            && node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            return value;
        Error(Line(map), $"missing {locale} translation of {what}");
        return "";
    }

    /// <summary>Reports keys the format does not know, so a typo such as 'corect' is not silently ignored.</summary>
    public void Keys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name)) Error(Line(key), $"unknown key '{name}' in {what} (expected one of: {string.Join(", ", allowed)})");
        }
    }
}
