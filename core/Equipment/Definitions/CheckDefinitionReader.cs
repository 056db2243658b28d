using System.Text.RegularExpressions;
using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Equipment.Definitions;

/// <summary>Reads one templates/checks/*.yaml check definition, reporting every problem with its line.</summary>
internal static partial class CheckDefinitionReader
{
    public const string PlatformAddition = "platform-addition";

    public static CheckDefinition? Read(NodeReader r, YamlNode? root, UniqueIds ids, IReadOnlySet<string> sections)
    {
        if (r.Mapping(root, "a check definition") is not { } map)
            return null;
        r.AllowKeys(map, "id", "appliesTo", "type", "interval", "title", "citation", "range", "items");
        var id = Id(r, map, "id");
        ids.Add(r, map, id);
        var kind = Id(r, map, "appliesTo");
        var type = Enum<CheckType>(r, map, "type");
        var interval = Interval(r, map);
        var title = r.Localized(map, "title");
        var citation = Citation(r, map, sections);
        var range = Range(r, map);

        var itemIds = new UniqueIds("check item");
        var items = new List<CheckItem>();
        foreach (var item in r.Items(r.Required(map, "items"), "items"))
        {
            r.AllowKeys(item, "id", "text", "critical", "citation", "reason");
            var itemId = Id(r, item, "id");
            itemIds.Add(r, item, itemId);
            var text = Fill(r, item, r.Localized(item, "text"), range);
            var critical = r.Boolean(item, "critical");
            var itemCitation = Citation(r, item, sections);
            var reason = r.OptionalText(item, "reason");
            if (itemCitation == PlatformAddition && reason is null)
                r.Error(item, $"item '{itemId}' is a platform addition, so it needs a 'reason' (say where it comes from, e.g. NFPA 10)");
            items.Add(new CheckItem(itemId, text, critical, itemCitation, reason));
        }
        if (items.Count == 0)
            r.Error(map, "a check definition needs at least one item");
        return new CheckDefinition(id, kind, type, interval, title, citation, items);
    }

    private static string Id(NodeReader r, YamlMappingNode map, string key)
    {
        var id = r.Text(map, key);
        if (id.Length > 0 && !IdPattern().IsMatch(id))
            r.Error(r.Optional(map, key)!, $"'{key}' must be lower-case letters, digits and dashes, not '{id}'");
        return id;
    }

    private static T Enum<T>(NodeReader r, YamlMappingNode map, string key) where T : struct, Enum
    {
        var text = r.Text(map, key);
        if (System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
            return value;
        if (text.Length > 0)
            r.Error(r.Optional(map, key)!, $"'{key}' must be one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}, not '{text}'");
        return default;
    }

    private static CheckInterval Interval(NodeReader r, YamlMappingNode map)
    {
        if (r.Mapping(r.Required(map, "interval"), "'interval' (every and unit)") is not { } interval)
            return new CheckInterval(1, IntervalUnit.Month);
        r.AllowKeys(interval, "every", "unit");
        var every = r.Integer(interval, "every");
        if (every is < 1 and not NodeReader.Invalid || every > 60)
            r.Error(r.Optional(interval, "every")!, $"'every' must be between 1 and 60, not {every}");
        return new CheckInterval(Math.Max(every, 1), Enum<IntervalUnit>(r, interval, "unit"));
    }

    private static string Citation(NodeReader r, YamlMappingNode map, IReadOnlySet<string> sections)
    {
        var citation = r.Text(map, "citation");
        if (citation.Length > 0 && !sections.Contains(citation))
            r.Error(r.Optional(map, "citation")!, $"unknown citation '{citation}' (not a section id in plan/sections.yaml)");
        return citation;
    }

    private static Dictionary<string, string> Range(NodeReader r, YamlMappingNode map)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.Mapping(r.Optional(map, "range"), "'range'") is not { } range)
            return values;
        foreach (var (name, _, _) in r.Entries(range, "'range'"))
            values[name] = r.Number(range, name).ToString(CultureInfo.InvariantCulture);
        return values;
    }

    // Texts name range values as {temperatureMin}; the number is written in once, here, so a
    // translator cannot let the two languages disagree about the limits.
    private static Localized Fill(NodeReader r, YamlMappingNode item, Localized text, Dictionary<string, string> range)
    {
        string One(string s)
        {
            return Placeholder().Replace(s, m =>
            {
                if (range.TryGetValue(m.Groups[1].Value, out var value)) return value;
                r.Error(r.Optional(item, "text")!, $"'{{{m.Groups[1].Value}}}' is not a value in this definition's 'range'");
                return m.Value;
            });
        }
        return new Localized(One(text.ZhCn), One(text.En));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
