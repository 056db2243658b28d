namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// Every {placeholder} names a parameter or, as {site.key}, a contact or place of the site (checked
/// when the site's keys are given), and both languages use the same ones.
/// </summary>
internal static class PlaceholderCheck
{
    public static void Check(List<ContentError> errors, Scenario s, IReadOnlySet<string>? siteKeys = null)
    {
        var known = s.Parameters.Select(p => p.Name).ToHashSet();
        known.UnionWith(AllSiteNames(s).Where(n => siteKeys is null || siteKeys.Contains(n[SiteFacts.Prefix.Length..])));
        Text(errors, s, known, s.Line, "the title", s.Title);
        foreach (var step in s.Steps)
        {
            Text(errors, s, known, step.Line, $"the prompt of step '{step.Id}'", step.Prompt);
            foreach (var (option, i) in step.Options.Select((o, i) => (o, i + 1)))
            {
                Text(errors, s, known, option.Line, $"option {i} of step '{step.Id}'", option.Text);
                Text(errors, s, known, option.Line, $"the feedback of option {i} of step '{step.Id}'", option.Feedback);
            }
        }
    }

    private static IEnumerable<string> AllSiteNames(Scenario s) =>
        new[] { s.Title }.Concat(s.Steps.SelectMany(st => new[] { st.Prompt }.Concat(st.Options.SelectMany(o => new[] { o.Text, o.Feedback }))))
            .SelectMany(t => ScenarioText.Placeholders(t.ZhCn).Concat(ScenarioText.Placeholders(t.En)))
            .Where(n => n.StartsWith(SiteFacts.Prefix, StringComparison.Ordinal));

    private static void Text(List<ContentError> errors, Scenario s, HashSet<string> known, int line, string what, Localized text)
    {
        var zh = ScenarioText.Placeholders(text.ZhCn).ToHashSet();
        var en = ScenarioText.Placeholders(text.En).ToHashSet();
        foreach (var name in zh.Union(en).Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
            errors.Add(new(s.File, line, name.StartsWith(SiteFacts.Prefix, StringComparison.Ordinal)
                ? $"{what} uses {{{name}}}, which is not a contact or place key of the site file"
                : $"{what} uses {{{name}}}, which is not a parameter of this scenario"));
        if (!zh.SetEquals(en))
            errors.Add(new(s.File, line, $"{what} uses different placeholders in {Locales.ZhCn} and {Locales.En}"));
    }
}
