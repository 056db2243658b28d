using System.Text;

namespace DrillPlatform.Core.Reports.Tab;

/// <summary>A file of the report tab, or why there is none.</summary>
public sealed record ReportPageFile(int Status, byte[] Bytes, string ContentType);

/// <summary>
/// The report tab's files, for both hosts: the page, its script, style and texts from
/// templates/reports/tab/, and the two vendored libraries (Chart.js, the Teams JavaScript client)
/// from node_modules — the repository's beside templates/ when run from source, the copy the
/// Functions project publishes beside the app in Azure. Only these names are served, so no path a
/// caller sends reaches the file system.
/// </summary>
public sealed class ReportPage
{
    public const string Folder = "reports/tab";

    /// <summary>The page may be framed by Teams (web, desktop, mobile; public cloud, US government, operated by 21Vianet) and nothing else.</summary>
    public const string FrameAncestors = "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us "
        + "https://*.office.com https://*.cloud.microsoft https://teams.microsoftonline.cn https://*.teams.microsoftonline.cn";

    private static readonly Dictionary<string, (string Path, string ContentType, bool Library)> Files = new(StringComparer.Ordinal)
    {
        [""] = ("report.html", "text/html; charset=utf-8", false),
        ["report.js"] = ("report.js", "text/javascript; charset=utf-8", false),
        ["report.css"] = ("report.css", "text/css; charset=utf-8", false),
        ["texts.json"] = ("texts.json", "application/json; charset=utf-8", false),
        ["lib/chart.umd.min.js"] = (Path.Combine("chart.js", "dist", "chart.umd.min.js"), "text/javascript; charset=utf-8", true),
        ["lib/teams.min.js"] = (Path.Combine("@microsoft", "teams-js", "dist", "umd", "MicrosoftTeams.min.js"), "text/javascript; charset=utf-8", true),
    };

    private readonly string pageFolder;
    private readonly string libraries;

    public ReportPage(TemplatesFolder templates)
        : this(templates.Path("reports", "tab"), Libraries(templates))
    {
    }

    /// <param name="pageFolder">templates/reports/tab.</param>
    /// <param name="libraries">A node_modules folder holding chart.js and @microsoft/teams-js.</param>
    public ReportPage(string pageFolder, string libraries)
    {
        this.pageFolder = pageFolder;
        this.libraries = libraries;
    }

    private static string Libraries(TemplatesFolder templates)
    {
        var published = Path.Combine(AppContext.BaseDirectory, "node_modules");
        return File.Exists(Path.Combine(published, Files["lib/chart.umd.min.js"].Path))
            ? published
            : Path.Combine(Path.GetDirectoryName(templates.Root)!, "node_modules");
    }

    /// <param name="file">The part of the path after the page's own, "" for the page.</param>
    /// <param name="basePath">Where the page is served, ending in '/': its relative links resolve against it.</param>
    public ReportPageFile Get(string? file, string basePath)
    {
        var key = (file ?? "").Trim('/');
        if (!Files.TryGetValue(key, out var entry))
            return NotFound($"The report tab has no file '{file}'.");
        var path = Path.Combine(entry.Library ? libraries : pageFolder, entry.Path);
        if (!File.Exists(path))
            return NotFound(entry.Library ? $"'{entry.Path}' is missing: restore node_modules (npm ci)." : $"templates/{Folder}/{entry.Path} is missing.");
        if (key.Length == 0)
        {
            var html = File.ReadAllText(path).Replace("{{base}}", System.Net.WebUtility.HtmlEncode(basePath), StringComparison.Ordinal);
            return new(200, Encoding.UTF8.GetBytes(html), entry.ContentType);
        }
        return new(200, File.ReadAllBytes(path), entry.ContentType);
    }

    private static ReportPageFile NotFound(string what) =>
        new(404, Encoding.UTF8.GetBytes(what), "text/plain; charset=utf-8");
}
