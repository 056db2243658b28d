using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>Reads one templates/questions/*.yaml file: hand-written multiple-choice questions.</summary>
internal static class QuestionReader
{
    public const string Folder = "questions";

    public static List<Question> Read(NodeReader r, YamlNode? root, UniqueIds ids, UniqueIds sections, UniqueIds roles, Site? site = null)
    {
        var questions = new List<Question>();
        foreach (var map in r.Items(root, "questions"))
        {
            r.AllowKeys(map, "id", "topic", "roles", "citation", "text", "options", "correct", "explanation", "dangerous");
            var id = r.Text(map, "id");
            if (id.StartsWith(ExtinguisherQuestions.IdPrefix, StringComparison.OrdinalIgnoreCase))
                r.Error(map, $"question id '{id}' uses the prefix '{ExtinguisherQuestions.IdPrefix}', which is kept for generated extinguisher questions");
            ids.Add(r, map, id);

            var questionRoles = r.TextList(map, "roles");
            foreach (var role in questionRoles.Where(role => !roles.Contains(role)))
                r.Error(r.Optional(map, "roles")!, $"unknown role '{role}' (not a role id in {PlanReader.RolesFile})");

            var options = Options(r, map);
            var correct = r.Integer(map, "correct");
            if (correct != NodeReader.Invalid && options.Count > 0 && (correct < 0 || correct >= options.Count))
                r.Error(r.Optional(map, "correct")!,
                    $"correct index {correct} is out of range: the question has {options.Count} options, so 0-{options.Count - 1}");

            var question = new Question(id, r.Text(map, "topic"), questionRoles, PlanReader.Citation(r, map, sections),
                r.Localized(map, "text"), options, correct, r.Localized(map, "explanation"))
            {
                Dangerous = Dangerous(r, map, options.Count),
            };
            questions.Add(site is null ? question : WithSiteFacts(r, map, question, site));
        }
        return questions;
    }

    // {site.security}, {site.assembly-point}: filled from the site file now, so every card shows the real number or place.
    private static Question WithSiteFacts(NodeReader r, YamlMappingNode map, Question q, Site site)
    {
        var known = SiteFacts.Keys(site);
        var texts = new[] { q.Text, q.Explanation }.Concat(q.Options);
        foreach (var key in texts.SelectMany(t => SiteFacts.Named(t.ZhCn).Concat(SiteFacts.Named(t.En))).Distinct().Where(k => !known.Contains(k)))
            r.Error(map, $"{{{SiteFacts.Prefix}{key}}} is not a contact or place key of the site file");
        return q with
        {
            Text = SiteFacts.Fill(q.Text, site),
            Options = q.Options.Select(o => SiteFacts.Fill(o, site)).ToList(),
            Explanation = SiteFacts.Fill(q.Explanation, site),
        };
    }

    // dangerous: [0, 2] — the options that would put someone in danger; the answered card warns when one is chosen.
    private static IReadOnlyList<int> Dangerous(NodeReader r, YamlMappingNode map, int count)
    {
        var result = new List<int>();
        foreach (var text in r.TextList(map, "dangerous"))
        {
            if (int.TryParse(text, out var i) && i >= 0 && i < count) result.Add(i);
            else r.Error(r.Optional(map, "dangerous")!, $"'dangerous' lists '{text}', which is not an option index 0-{count - 1}");
        }
        return result;
    }

    private static List<Localized> Options(NodeReader r, YamlMappingNode map)
    {
        var node = r.Required(map, "options");
        var items = r.Items(node, "options").ToList();
        if (node is null)
            return [];

        // An option written in only one language shifts every later option out of step with its
        // translation, so report it as a count mismatch rather than as one missing text.
        var zh = items.Count(o => NodeReader.HasLanguage(o, Locales.ZhCn));
        var en = items.Count(o => NodeReader.HasLanguage(o, Locales.En));
        if (zh != en)
            r.Error(node, $"option count differs between languages: {Locales.ZhCn} has {zh}, {Locales.En} has {en}");
        if (items.Count < 2)
            r.Error(node, $"a question needs at least 2 options, this one has {items.Count}");
        return items.Select((o, i) => r.Translations(o, $"option {i}")).ToList();
    }
}
