namespace DrillPlatform.Core.Content;

/// <summary>Finds the templates folder: configured, published beside the app, or the repository's when run from source.</summary>
public static class ContentRoot
{
    // sections.yaml marks a content folder; other folders called templates/ (e.g. in bin/) do not count.
    private static readonly string Marker = Path.Combine("plan", "sections.yaml");

    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"Content:Root is '{configured}', but the folder '{full}' does not exist.");
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, "templates");
        if (IsContent(besideApp))
            return besideApp;

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (IsContent(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException(
            $"No templates folder found beside {AppContext.BaseDirectory} or above {Directory.GetCurrentDirectory()}; set Content:Root.");
    }

    private static bool IsContent(string folder) => File.Exists(Path.Combine(folder, Marker));
}
