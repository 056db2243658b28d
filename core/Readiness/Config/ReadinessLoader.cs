using System.Text.RegularExpressions;
using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Readiness.Config;

/// <summary>
/// Reads templates/readiness/readiness.yaml with the content readers, checking it against the loaded
/// content: every question topic needs an entry, every citation a plan section, every text both
/// languages with the same placeholders. All problems at once, as file:line: reason.
/// </summary>
public static partial class ReadinessLoader
{
    public const string File = "readiness/readiness.yaml";

    private static readonly string[] Sections = ["weights", "bands", "drills", "equipment", "gates", "topics", "texts"];
    private static readonly string[] GateIds = ["training", "drill"];

    /// <summary>Every text the code shows; readiness.yaml must define exactly these.</summary>
    public static readonly string[] TextKeys =
    [
        "title_mine", "title_department", "part_knowledge", "part_drills", "part_equipment", "band_ready", "band_at_risk", "band_not_ready",
        "reason_gate_training", "reason_gate_drill_never", "reason_gate_drill", "reason_topic", "reason_drill_missed", "reason_drill_low",
        "reason_checks", "reason_none", "next_quiz", "next_practice", "next_practice_any", "next_checks", "next_keep",
        "card_score", "card_change", "card_change_none", "card_bands", "card_weakest", "card_topic", "card_not_ready", "card_person",
        "card_nobody", "card_overdue", "card_overdue_item", "card_parts", "card_not_applicable", "card_reasons", "card_next", "card_private",
        "button_quiz", "button_nudge", "button_department", "card_choose_department", "nudge_title", "nudge_done", "digest_title",
        "staff_only", "no_department",
    ];

    public static ReadinessModel Load(string templatesRoot, ContentBundle content)
    {
        var errors = new ContentErrors();
        var r = new NodeReader(File, errors);
        var root = r.Mapping(YamlFile.Parse(templatesRoot, File, errors), "the readiness model");
        if (root is null)
        {
            errors.ThrowIfAny();
            errors.Add(File, 1, "the readiness model must be a mapping of keys to values");
            errors.ThrowIfAny();
        }
        r.AllowKeys(root!, Sections);
        var weights = Part(r, root!, "weights");
        var bands = Part(r, root!, "bands");
        var drills = Part(r, root!, "drills");
        var equipment = Part(r, root!, "equipment");
        var gates = Gates(r, root!);

        var model = new ReadinessModel(
            new ReadinessWeights(Weight(r, weights, "knowledge"), Weight(r, weights, "drills"), Weight(r, weights, "equipment")),
            Percent(r, bands, "ready"),
            Percent(r, bands, "at_risk"),
            TimeSpan.FromDays(Positive(r, drills, "half_life_days")),
            TimeSpan.FromDays(Positive(r, equipment, "window_days")),
            equipment is null ? 0 : Math.Max(0, r.Integer(equipment, "grace_days")),
            Gate(r, root!, gates, "training"),
            Gate(r, root!, gates, "drill"),
            Topics(r, root!, content),
            Texts(r, root!));

        if (weights is not null && model.Weights.Knowledge + model.Weights.Drills + model.Weights.Equipment <= 0)
            r.Error(weights, "weights must not all be 0");
        if (bands is not null && model.AtRiskAt > model.ReadyAt)
            r.Error(bands, $"bands: at_risk ({model.AtRiskAt}) must not be above ready ({model.ReadyAt})");
        errors.ThrowIfAny();
        return model;
    }

    private static YamlMappingNode? Part(NodeReader r, YamlMappingNode root, string key) => r.Mapping(r.Required(root, key), $"'{key}'");

    private static double Weight(NodeReader r, YamlMappingNode? map, string key)
    {
        if (map is null) return 0;
        var value = r.Number(map, key);
        if (value < 0) r.Error(r.Optional(map, key)!, $"weight '{key}' must not be negative");
        return Math.Max(0, value);
    }

    private static int Percent(NodeReader r, YamlMappingNode? map, string key)
    {
        if (map is null) return 0;
        var value = r.Integer(map, key);
        if (value is < 0 or > 100 && value != NodeReader.Invalid) r.Error(r.Optional(map, key)!, $"'{key}' must be between 0 and 100, not {value}");
        return value;
    }

    private static int Positive(NodeReader r, YamlMappingNode? map, string key)
    {
        if (map is null) return 1;
        var value = r.Integer(map, key);
        if (value <= 0 && r.Optional(map, key) is { } node && value != NodeReader.Invalid) r.Error(node, $"'{key}' must be a positive number of days");
        return Math.Max(1, value);
    }

    private static List<YamlMappingNode> Gates(NodeReader r, YamlMappingNode root)
    {
        var gates = r.Items(r.Required(root, "gates"), "'gates'").ToList();
        foreach (var g in gates)
        {
            r.AllowKeys(g, "id", "months", "label", "citation");
            if (r.Optional(g, "id") is YamlScalarNode { Value: { } gid } node && !GateIds.Contains(gid))
                r.Error(node, $"unknown gate '{gid}' (expected: {string.Join(", ", GateIds)})");
        }
        return gates;
    }

    private static ReadinessGate Gate(NodeReader r, YamlMappingNode root, List<YamlMappingNode> gates, string id)
    {
        var gate = gates.FirstOrDefault(g => (r.Optional(g, "id") as YamlScalarNode)?.Value == id);
        if (gate is null)
        {
            r.Error(r.Optional(root, "gates") ?? root, $"gate '{id}' is missing");
            return new ReadinessGate(id, 12, new Localized(id, id), new Localized("", ""));
        }
        return new ReadinessGate(id, Positive(r, gate, "months"), r.Localized(gate, "label"), r.Localized(gate, "citation"));
    }

    private static IReadOnlyList<ReadinessTopic> Topics(NodeReader r, YamlMappingNode root, ContentBundle content)
    {
        var node = r.Required(root, "topics");
        var ids = new UniqueIds("topic");
        var sections = content.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var topics = new List<ReadinessTopic>();
        foreach (var map in r.Items(node, "'topics'"))
        {
            r.AllowKeys(map, "id", "label", "citation");
            var id = r.Text(map, "id");
            var citation = r.Text(map, "citation");
            if (citation.Length > 0 && !sections.Contains(citation))
                r.Error(r.Optional(map, "citation")!, $"citation '{citation}' is not a section of plan/sections.yaml");
            if (id.Length > 0) ids.Add(r, map, id);
            topics.Add(new ReadinessTopic(id, r.Localized(map, "label"), citation));
        }
        foreach (var missing in content.Questions.Select(q => q.Topic).Distinct(StringComparer.Ordinal).Where(t => topics.All(x => x.Id != t)).Order(StringComparer.Ordinal))
            r.Error(node ?? root, $"question topic '{missing}' has no entry in topics (add its label and plan citation)");
        return topics;
    }

    private static IReadOnlyDictionary<string, Localized> Texts(NodeReader r, YamlMappingNode root)
    {
        var texts = new Dictionary<string, Localized>(StringComparer.Ordinal);
        if (r.Mapping(r.Required(root, "texts"), "'texts'") is not { } map) return texts;
        r.AllowKeys(map, TextKeys);
        foreach (var key in TextKeys)
        {
            var text = r.Localized(map, key);
            texts[key] = text;
            if (!Placeholders(text.ZhCn).SetEquals(Placeholders(text.En)))
                r.Error(r.Optional(map, key)!, $"text '{key}': zh-CN uses {{{string.Join("}, {", Placeholders(text.ZhCn))}}} but en uses {{{string.Join("}, {", Placeholders(text.En))}}}");
        }
        return texts;
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
