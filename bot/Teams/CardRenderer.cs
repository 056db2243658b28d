using Scriban;
using Scriban.Runtime;

namespace DrillPlatform.Bot.Teams;

/// <summary>
/// The Adaptive Card templates of templates/cards/, parsed once at start-up. Every value reaches
/// the JSON through object.to_json, so names with quotes, newlines or &lt;/script&gt; stay valid JSON.
/// </summary>
public sealed class CardRenderer
{
    private readonly Dictionary<string, Template> templates = new(StringComparer.Ordinal);

    public CardRenderer(string templatesRoot)
    {
        var folder = Path.Combine(templatesRoot, "cards");
        foreach (var file in Directory.EnumerateFiles(folder, "*.sbn-json"))
        {
            var template = Template.Parse(File.ReadAllText(file), file);
            if (template.HasErrors)
                throw new InvalidOperationException(
                    $"Card template {Path.GetRelativePath(templatesRoot, file)} does not parse: {string.Join("; ", template.Messages)}");
            templates[Path.GetFileNameWithoutExtension(file)] = template;
        }
    }

    public IReadOnlyCollection<string> Names => templates.Keys;

    /// <summary>Renders a card; the model's properties become snake_case template variables.</summary>
    public JsonElement Render(string name, object model)
    {
        if (!templates.TryGetValue(name, out var template))
            throw new ArgumentException($"No card template named '{name}'.", nameof(name));
        var globals = new ScriptObject();
        globals.Import(model);
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        var json = template.Render(context);
        try
        {
            var card = System.Text.Json.Nodes.JsonNode.Parse(json);
            CardMarkdown.EscapeText(card);
            return JsonSerializer.SerializeToElement(card);
        }
        catch (JsonException error)
        {
            throw new InvalidOperationException($"Card template '{name}' produced invalid JSON: {error.Message}", error);
        }
    }
}
