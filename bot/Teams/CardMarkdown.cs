using System.Text;
using System.Text.Json.Nodes;

namespace DrillPlatform.Bot.Teams;

/// <summary>
/// Teams renders Markdown in a TextBlock's text and a fact's title and value, so a check note
/// "[Verify account](https://evil.example)" would become a link in a manager's alert from the
/// official bot. Our own texts use no Markdown, so every such string is escaped after rendering:
/// one rule for every card, whoever wrote the value. Action data, ids and inputs are left alone.
/// </summary>
public static class CardMarkdown
{
    public static void EscapeText(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var type = o["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)o["type"] : null;
                if (type is "TextBlock" or "TextRun") Escape(o, "text");
                if (type is "FactSet" && o["facts"] is JsonArray facts)
                    foreach (var fact in facts.OfType<JsonObject>())
                    {
                        Escape(fact, "title");
                        Escape(fact, "value");
                    }
                foreach (var (name, child) in o.ToList())
                    if (name is not ("data" or "facts")) EscapeText(child);
                break;
            case JsonArray a:
                foreach (var child in a) EscapeText(child);
                break;
        }
    }

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '~' or '<' or '>' or '#' || (lineStart && c is '-' or '+'))
                escaped.Append('\\');
            else if (lineStart && char.IsAsciiDigit(c))
            {
                // "1. step" is a numbered list: escape the dot after the leading digits.
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                escaped.Append(text, i, end - i);
                if (end < text.Length && text[end] is '.' or ')') escaped.Append('\\');
                i = end - 1;
                lineStart = false;
                continue;
            }
            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        // A bare address becomes a link too: a zero-width space after the scheme keeps it text.
        return escaped.ToString().Replace("://", ":\u200B//", StringComparison.Ordinal);
    }

    private static void Escape(JsonObject o, string property)
    {
        if (o[property] is JsonValue v && v.TryGetValue<string>(out var text)) o[property] = Escape(text);
    }
}
