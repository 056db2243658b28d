using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>
/// The one YAML parser of the platform's content (content, scenarios, calendar, checks): parses a
/// file into YamlDotNet's representation model, which keeps each node's line, and turns every way
/// YamlDotNet fails into a <see cref="ContentError"/> (file:line: reason) instead of an exception.
/// </summary>
public static class YamlFile
{
    internal static YamlNode? Parse(string root, string relativePath, ContentErrors errors)
    {
        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path))
        {
            errors.Add(relativePath, 1, "file not found");
            return null;
        }
        return Parse(relativePath, File.ReadAllText(path), errors.Add);
    }

    /// <summary>The first document's root node, or null with the reason reported as file:line.</summary>
    public static YamlNode? Parse(string file, string text, Action<ContentError> report)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
                report(new(file, 1, "the file is empty"));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            // Tab indents, bad flow syntax and duplicate keys ("Duplicate key") all arrive here, with a position.
            report(new(file, Line(e.Start), $"not valid YAML: {Innermost(e).Message}"));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives up this way, without a position, when the file ends inside a flow collection.
            report(new(file, text.Count(c => c == '\n') + 1, "not valid YAML: the file ends inside an unclosed [ or {"));
        }
        return null;
    }

    public static int Line(YamlNode node) => Line(node.Start);

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;
}
