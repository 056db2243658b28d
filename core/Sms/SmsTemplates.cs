using Scriban;
using Scriban.Runtime;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// templates/sms/{name}.{locale}.sbn, parsed once at start-up. A template that does not parse, or
/// exists in one language only, stops start-up with the file and the reason.
/// </summary>
public sealed class SmsTemplates
{
    private readonly Dictionary<(string Name, string Locale), Template> templates = [];

    public SmsTemplates(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Sms:TemplatesFolder: the folder {folder} does not exist; leave the setting empty to use templates/sms beside the app.");
        foreach (var file in Directory.EnumerateFiles(folder, "*.sbn"))
        {
            var (name, locale) = SplitName(file);
            var template = Template.Parse(File.ReadAllText(file), file);
            if (template.HasErrors)
                throw new InvalidOperationException($"SMS template {file} does not parse: {string.Join("; ", template.Messages)}");
            templates[(name, locale)] = template;
        }
        foreach (var name in Names)
            foreach (var locale in Locales.All.Where(l => !templates.ContainsKey((name, l))))
                throw new InvalidOperationException($"SMS template {Path.Combine(folder, $"{name}.{locale}.sbn")} is missing: every SMS needs {string.Join(" and ", Locales.All)}.");
    }

    public IReadOnlyCollection<string> Names => templates.Keys.Select(k => k.Name).Distinct().ToList();

    /// <summary>Model properties reach the template in snake_case (ScenarioTitle → scenario_title).</summary>
    public string Render(string name, string? locale, object model)
    {
        var key = (name, Locales.Normalize(locale));
        if (!templates.TryGetValue(key, out var template))
            throw new KeyNotFoundException($"There is no SMS template '{name}' (known: {string.Join(", ", Names)}).");
        var globals = new ScriptObject();
        globals.Import(model);
        // A context is not thread safe: one per render.
        var context = new TemplateContext { StrictVariables = true, MemberRenamer = StandardMemberRenamer.Default };
        context.PushGlobal(globals);
        return template.Render(context).Trim();
    }

    private static (string Name, string Locale) SplitName(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        var dot = stem.IndexOf('.');
        if (dot <= 0 || !Locales.All.Contains(stem[(dot + 1)..]))
            throw new InvalidOperationException($"SMS template {file} must be named {{name}}.{{locale}}.sbn with locale one of {string.Join(", ", Locales.All)}.");
        return (stem[..dot], stem[(dot + 1)..]);
    }
}
