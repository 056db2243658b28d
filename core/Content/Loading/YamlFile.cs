using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>Parses one content file into YamlDotNet's representation model, which keeps each node's line.</summary>
internal static class YamlFile
{
    public static YamlNode? Parse(string root, string relativePath, ContentErrors errors)
    {
        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path))
        {
            errors.Add(relativePath, 1, "file not found");
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0)
            {
                errors.Add(relativePath, 1, "file is empty");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            errors.Add(relativePath, (int)ex.Start.Line, $"YAML syntax error: {Innermost(ex).Message}");
            return null;
        }
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;

    public static int Line(YamlNode node) => (int)node.Start.Line;
}
