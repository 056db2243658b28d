using System.Text.RegularExpressions;
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

    private readonly string signName;
    private readonly Dictionary<string, Entry> entries = [];
    private readonly Dictionary<string, string> registered = new(StringComparer.Ordinal);

    private sealed record Entry(Dictionary<string, Template> Params, Dictionary<string, string> Codes);

    public AliyunTemplates(string folder, IEnumerable<string> requiredNames)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw Problem(path, "is missing: Sms:Provider Aliyun needs the sign name and template codes");
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        signName = Scalar(root, "signName", path);
        var templates = root.Children.TryGetValue("templates", out var t) && t is YamlMappingNode map
            ? map : throw Problem(path, "has no 'templates' mapping");
        foreach (var (key, node) in templates.Children)
            entries[key.ToString()] = Read(key.ToString(), (YamlMappingNode)node, path, registered);
        foreach (var name in requiredNames.Where(n => !entries.ContainsKey(n)))
            throw Problem(path, $"has no template '{name}' (templates/sms/{name}.*.sbn exists)");
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

    private static Entry Read(string name, YamlMappingNode node, string path, Dictionary<string, string> registered)
    {
        var where = $"template '{name}'";
        var paramsNode = node.Children.TryGetValue("params", out var p) && p is YamlMappingNode pm
            ? pm : throw Problem(path, $"{where} has no 'params' mapping");
        var parameters = paramsNode.Children.ToDictionary(kv => kv.Key.ToString(), kv =>
        {
            var template = Template.Parse(kv.Value.ToString());
            return template.HasErrors ? throw Problem(path, $"{where} param '{kv.Key}' does not parse: {string.Join("; ", template.Messages)}") : template;
        });
        var codes = new Dictionary<string, string>();
        foreach (var locale in Locales.All)
        {
            var text = node.Children.TryGetValue(locale, out var l) && l is YamlMappingNode lm
                ? lm : throw Problem(path, $"{where} has no '{locale}' entry: every SMS needs {string.Join(" and ", Locales.All)}");
            var code = Scalar(text, "code", path);
            if (!CodePattern().IsMatch(code)) throw Problem(path, $"{where} {locale} code '{code}' is not a template code such as SMS_123456789");
            var registeredText = Scalar(text, "text", path);
            if (!registered.TryAdd(code, registeredText)) throw Problem(path, $"{where} {locale} code '{code}' is used twice");
            var variables = Variable().Matches(registeredText).Select(m => m.Groups[1].Value).ToHashSet();
            if (!variables.SetEquals(parameters.Keys))
                throw Problem(path, $"{where} {locale} text uses ${{{string.Join("}, ${", variables.Order())}}} but params fill {string.Join(", ", parameters.Keys.Order())}");
            codes[locale] = code;
        }
        return new Entry(parameters, codes);
    }

    private static string Scalar(YamlMappingNode node, string key, string path) =>
        node.Children.TryGetValue(key, out var v) && v is YamlScalarNode { Value: { Length: > 0 } value }
            ? value : throw Problem(path, $"needs '{key}' at line {node.Start.Line}");

    private static InvalidOperationException Problem(string path, string what) => new($"Alibaba Cloud SMS content {path} {what}.");

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
