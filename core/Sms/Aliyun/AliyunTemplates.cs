using System.Text.RegularExpressions;
using DrillPlatform.Core.Content.Loading;
using Scriban;
using Scriban.Runtime;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Sms.Aliyun;

/// <summary>
/// templates/sms/aliyun.yaml: the sign name (签名) and, per SMS, the template code (模板) registered
/// in each language, the text as registered, and how each ${variable} is filled from the model
/// (Scriban, like the .sbn texts). Checked at start-up: every SMS the app sends has both languages,
/// and the variables of each registered text are exactly the ones filled in.
/// </summary>
public sealed partial class AliyunTemplates
{
    public const string FileName = "aliyun.yaml";
    public const string File = $"sms/{FileName}";

    private readonly string signName = "";
    private readonly Dictionary<string, Entry> entries = [];
    private readonly Dictionary<string, string> registered = new(StringComparer.Ordinal);

    private sealed record Entry(Dictionary<string, Template> Params, Dictionary<string, string> Codes);

    /// <summary>Reads the file; every problem is a file:line error (<see cref="ContentValidationException"/>, all of them at once).</summary>
    public AliyunTemplates(string folder, IEnumerable<string> requiredNames)
    {
        var errors = new ContentErrors();
        var r = new NodeReader(File, errors);
        var path = Path.Combine(folder, FileName);
        if (!System.IO.File.Exists(path))
            errors.Add(File, 1, "the file is missing: Sms:Provider Aliyun needs the sign name and template codes");
        else if (r.Mapping(YamlFile.Parse(File, System.IO.File.ReadAllText(path), errors.Add), "the Alibaba Cloud SMS content") is { } root)
        {
            r.AllowKeys(root, "signName", "templates");
            signName = r.Text(root, "signName");
            if (r.Mapping(r.Required(root, "templates"), "'templates'") is { } templates)
            {
                var named = r.Entries(templates, "'templates'").ToList();
                foreach (var (name, _, node) in named)
                    if (r.Mapping(node, $"template '{name}'") is { } map)
                        entries[name] = Read(r, name, map, registered);
                foreach (var name in requiredNames.Where(n => !named.Any(t => t.Name == n)))
                    r.Error(templates, $"no template '{name}' (templates/sms/{name}.*.sbn exists)");
            }
        }
        errors.ThrowIfAny();
    }

    public string SignName => signName;

    /// <summary>The text registered under a template code, as the SMS console holds it; null for a code not in the file.</summary>
    public string? RegisteredText(string code) => registered.GetValueOrDefault(code);

    public AliyunContent Compose(string name, string? locale, object model)
    {
        if (!entries.TryGetValue(name, out var entry))
            throw new KeyNotFoundException($"There is no Alibaba Cloud SMS template '{name}' in {FileName}.");
        var globals = new ScriptObject();
        globals.Import(model);
        var values = entry.Params.ToDictionary(p => p.Key, p =>
        {
            var context = new TemplateContext { StrictVariables = true, MemberRenamer = StandardMemberRenamer.Default };
            context.PushGlobal(globals);
            return p.Value.Render(context).Trim();
        });
        return new AliyunContent(signName, entry.Codes[Locales.Normalize(locale)], values);
    }

    private static Entry Read(NodeReader r, string name, YamlMappingNode map, Dictionary<string, string> registered)
    {
        var where = $"template '{name}'";
        r.AllowKeys(map, ["params", .. Locales.All]);
        var parameters = new Dictionary<string, Template>();
        if (r.Mapping(r.Required(map, "params"), $"'params' of {where}") is { } given)
            foreach (var (param, _, value) in r.Entries(given, "'params'"))
            {
                var template = Template.Parse(r.Scalar(value, $"param '{param}'"));
                if (template.HasErrors) r.Error(value, $"{where} param '{param}' does not parse: {string.Join("; ", template.Messages)}");
                else parameters[param] = template;
            }
        var codes = new Dictionary<string, string>();
        foreach (var locale in Locales.All)
        {
            if (r.Mapping(r.Required(map, locale), $"'{locale}' of {where}") is not { } registration) continue;
            r.AllowKeys(registration, "code", "text");
            var (code, text) = (r.Text(registration, "code"), r.Text(registration, "text"));
            if (code.Length > 0 && !CodePattern().IsMatch(code))
                r.Error(r.Optional(registration, "code")!, $"{where} {locale} code '{code}' is not a template code such as SMS_123456789");
            else if (code.Length > 0 && !registered.TryAdd(code, text))
                r.Error(r.Optional(registration, "code")!, $"{where} {locale} code '{code}' is used twice");
            var variables = VariablesOf(text);
            if (text.Length > 0 && !variables.SetEquals(parameters.Keys))
                r.Error(r.Optional(registration, "text")!,
                    $"{where} {locale} text uses ${{{string.Join("}, ${", variables.Order())}}} but params fill {string.Join(", ", parameters.Keys.Order())}");
            codes[locale] = code;
        }
        return new Entry(parameters, codes);
    }

    [GeneratedRegex(@"^SMS_[0-9]{6,12}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\$\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Variable();

    /// <summary>The variable names of a registered text, in the ${name} form the console uses.</summary>
    public static IReadOnlySet<string> VariablesOf(string text) => Variable().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>The registered text with each ${name} replaced, as the handset shows it after 【signName】.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Variable().Replace(text, m => values.GetValueOrDefault(m.Groups[1].Value, m.Value));
}
