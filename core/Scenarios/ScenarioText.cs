using System.Text.RegularExpressions;

namespace DrillPlatform.Core.Scenarios;

/// <summary>
/// Fills {name} placeholders. A parameter may carry a text per language under "name.zh-CN" /
/// "name.en" (a room's display name); otherwise the plain "name" value is used.
/// </summary>
public static partial class ScenarioText
{
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)?)\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    public static Localized Render(Localized text, IReadOnlyDictionary<string, string> parameters) =>
        new(Render(text.ZhCn, Locales.ZhCn, parameters), Render(text.En, Locales.En, parameters));

    public static string Render(string text, string locale, IReadOnlyDictionary<string, string> parameters) =>
        Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            return parameters.TryGetValue($"{name}.{locale}", out var localized) ? localized
                : parameters.TryGetValue(name, out var plain) ? plain
                : m.Value;
        });
}
