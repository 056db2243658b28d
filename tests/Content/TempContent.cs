namespace DrillPlatform.Tests.Content;

/// <summary>A private copy of the shipped templates that a test may break, deleted afterwards.</summary>
public sealed class TempContent : IDisposable
{
    public static readonly string Shipped = TemplatesFolder.Find(null).Root;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "drill-content-" + Guid.NewGuid().ToString("N"));

    public TempContent()
    {
        foreach (var file in Directory.EnumerateFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Replaces the first occurrence of <paramref name="find"/> and returns the 1-based line where the replacement starts.</summary>
    public int Replace(string relativePath, string find, string replacement)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in {relativePath}");
        File.WriteAllText(path, text[..at] + replacement + text[(at + find.Length)..]);
        return text[..at].Count(c => c == '\n') + 1;
    }

    public int LineOf(string relativePath, string find)
    {
        var text = File.ReadAllText(Path.Combine(Root, relativePath));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in {relativePath}");
        return text[..at].Count(c => c == '\n') + 1;
    }

    public IReadOnlyList<ContentError> LoadErrors() =>
        Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Root)).Errors;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
