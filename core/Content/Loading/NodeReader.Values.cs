using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>
/// Scalar values: texts are trimmed and never empty, numbers, dates and times are read with the
/// invariant culture in one written form each (2026-10-01, 08:00). A required value that is missing
/// or malformed is reported and read as "" / <see cref="Invalid"/> / 0 / false / null.
/// </summary>
internal sealed partial class NodeReader
{
    /// <summary>What Integer returns for a missing or malformed value, after recording the error.</summary>
    public const int Invalid = -1;

    public const string DatePattern = "yyyy-MM-dd";
    public const string TimePattern = "HH:mm";

    /// <summary>A single non-empty text, trimmed; anything else is reported and read as "".</summary>
    public string Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            return value.Trim();
        Error(node, $"{what} must be a non-empty text");
        return "";
    }

    public string Text(YamlMappingNode map, string key) => Required(map, key) is { } node ? Scalar(node, $"'{key}'") : "";

    /// <summary>null when the key is absent; when present it must be a non-empty text.</summary>
    public string? OptionalText(YamlMappingNode map, string key) => Optional(map, key) is { } node ? Scalar(node, $"'{key}'") : null;

    public int Integer(YamlMappingNode map, string key) =>
        Parsed(map, key, "a whole number", (string t, out int v) => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out v)) ?? Invalid;

    public double Number(YamlMappingNode map, string key) =>
        Parsed(map, key, "a number", (string t, out double v) => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out v)) ?? 0;

    public bool Boolean(YamlMappingNode map, string key) => Parsed<bool>(map, key, "true or false", bool.TryParse) ?? false;

    public TimeOnly? Time(YamlMappingNode map, string key) =>
        Parsed(map, key, $"a time written {TimePattern} (08:00)",
            (string t, out TimeOnly v) => TimeOnly.TryParseExact(t, TimePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out v));

    private delegate bool TryParse<T>(string text, out T value);

    // A required text that must parse; a text that does not is reported as "'key' must be <expected>, not '<text>'".
    private T? Parsed<T>(YamlMappingNode map, string key, string expected, TryParse<T> parse) where T : struct
    {
        var text = Text(map, key);
        if (text.Length > 0 && parse(text, out var value))
            return value;
        if (text.Length > 0)
            Error(Optional(map, key)!, $"'{key}' must be {expected}, not '{text}'");
        return null;
    }

    public DateOnly? Date(YamlMappingNode map, string key) => Required(map, key) is { } node ? Date(node, $"'{key}'") : null;

    public DateOnly? Date(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (DateOnly.TryParseExact(text, DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (text.Length > 0)
            Error(node, $"{what} must be a date written {DatePattern}, not '{text}'");
        return null;
    }

    public IReadOnlyList<string> TextList(YamlMappingNode map, string key) =>
        TextItems(Optional(map, key), $"'{key}'").Select(item => item.Text).ToList();

    /// <summary>The texts of a list with their nodes (for the line of a bad entry); nothing for a missing list.</summary>
    public IReadOnlyList<(string Text, YamlNode Node)> TextItems(YamlNode? node, string what)
    {
        if (node is null)
            return [];
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"{what} must be a list");
            return [];
        }
        var values = new List<(string, YamlNode)>();
        foreach (var child in sequence.Children)
        {
            var text = Scalar(child, $"each entry of {what}");
            if (text.Length > 0)
                values.Add((text, child));
        }
        return values;
    }

    /// <summary>Required ids, written as one (citation: fire) or as a non-empty list (citation: [fire, fire-call]).</summary>
    public IReadOnlyList<string> OneOrMore(YamlMappingNode map, string key)
    {
        switch (Required(map, key))
        {
            case null:
                return [];
            case YamlScalarNode:
                return Text(map, key) is { Length: > 0 } one ? [one] : [];
            case YamlSequenceNode { Children.Count: > 0 } sequence:
                return TextItems(sequence, $"'{key}'").Select(item => item.Text).ToList();
            case var other:
                Error(other, $"'{key}' must be an id or a non-empty list of ids");
                return [];
        }
    }
}
