using System.Text.RegularExpressions;

namespace DrillPlatform.Core.Content;

/// <summary>A number people must call (templates/site: contacts). Demo numbers are fictional.</summary>
public sealed record SiteContact(string Key, Localized Name, string Number);

/// <summary>Where something is that a step needs: the assembly point, the water valve, the breakers (templates/site: places).</summary>
public sealed record SitePlace(string Key, Localized Name, Localized Location);

/// <summary>
/// The site's contacts and places as placeholder values: {site.security} is the contact's number,
/// {site.assembly-point} the place's location in the reader's language. Scenario walks get them as
/// parameters (ScenarioParameters.Resolve); quiz texts have them filled when the questions load.
/// </summary>
public static partial class SiteFacts
{
    public const string Prefix = "site.";

    [GeneratedRegex(@"\{site\.([A-Za-z0-9_-]+)\}")]
    private static partial Regex Placeholder();

    public static IReadOnlySet<string> Keys(Site site) =>
        site.Contacts.Select(c => c.Key).Concat(site.Places.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);

    /// <summary>"site.key" (contacts) and "site.key.zh-CN" / "site.key.en" (places), the shape ScenarioText fills from.</summary>
    public static IReadOnlyDictionary<string, string> Values(Site site)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in site.Contacts)
            values[Prefix + c.Key] = c.Number;
        foreach (var p in site.Places)
        {
            values[$"{Prefix}{p.Key}.{Locales.ZhCn}"] = p.Location.ZhCn;
            values[$"{Prefix}{p.Key}.{Locales.En}"] = p.Location.En;
        }
        return values;
    }

    /// <summary>The site keys a text names ({site.x} → x).</summary>
    public static IEnumerable<string> Named(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>Fills every {site.x} the site knows; unknown ones are left as written (the loader reports them).</summary>
    public static Localized Fill(Localized text, Site site) => new(Fill(text.ZhCn, Locales.ZhCn, site), Fill(text.En, Locales.En, site));

    private static string Fill(string text, string locale, Site site) =>
        Placeholder().Replace(text, m =>
        {
            var key = m.Groups[1].Value;
            return site.Contacts.FirstOrDefault(c => c.Key == key)?.Number
                ?? site.Places.FirstOrDefault(p => p.Key == key)?.Location.For(locale)
                ?? m.Value;
        });
}
