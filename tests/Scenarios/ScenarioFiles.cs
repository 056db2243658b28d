namespace DrillPlatform.Tests.Scenarios;

/// <summary>The shipped templates, and throw-away copies of them for validator cases.</summary>
internal static class ScenarioFiles
{
    public static string RepoRoot { get; } = FindRepoRoot(AppContext.BaseDirectory);
    public static string Templates => Path.Combine(RepoRoot, "templates");
    public static string Folder => Path.Combine(Templates, ScenarioLoader.Folder);

    private static readonly Lazy<IReadOnlyList<PlanSection>> PlanSections = new(() => ContentLoader.Load(Templates).Sections);
    public static IReadOnlyList<PlanSection> Sections => PlanSections.Value;

    private static readonly Lazy<ScenarioCatalog> Shipped = new(() => ScenarioCatalog.Load(Templates, Sections));
    public static ScenarioCatalog Catalog => Shipped.Value;

    public static readonly string[] Ids =
        [
            "fire-records-store", "water-leak-records-office", "theft-discovered", "power-outage", "backup-failure", "unauthorised-access",
            "store-water", "typhoon-store", "earthquake", "epidemic", "ransomware",
        ];

    public static TheoryData<string> All() => new(Ids);

    /// <summary>A templates root in a temp folder holding a fresh copy of scenarios/; the caller edits one file.</summary>
    public static string CopyToTemp()
    {
        var root = Path.Combine(Path.GetTempPath(), "drill-scenarios-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(root, ScenarioLoader.Folder));
        foreach (var file in Directory.GetFiles(Folder, "*.yaml"))
            File.Copy(file, Path.Combine(root, ScenarioLoader.Folder, Path.GetFileName(file)));
        return root;
    }

    /// <summary>Replaces exactly one occurrence of a text in a copied scenario file and returns the 1-based line it is on.</summary>
    public static int Edit(string root, string file, string find, string replace)
    {
        var path = Path.Combine(root, ScenarioLoader.Folder, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in {file}");
        Assert.Equal(at, text.LastIndexOf(find, StringComparison.Ordinal));
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
        return text[..at].Count(c => c == '\n') + 1;
    }

    /// <summary>Replaces every occurrence of a text inside one step of a copied scenario file (from its "- id:" line to the next step's).</summary>
    public static void EditStep(string root, string file, string stepId, string find, string replace)
    {
        var path = Path.Combine(root, ScenarioLoader.Folder, file);
        var text = File.ReadAllText(path);
        var start = text.IndexOf($"  - id: {stepId}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"step '{stepId}' not found in {file}");
        var end = text.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal);
        if (end < 0) end = text.Length;
        var step = text[start..end];
        Assert.Contains(find, step);
        File.WriteAllText(path, text[..start] + step.Replace(find, replace, StringComparison.Ordinal) + text[end..]);
    }

    private static string FindRepoRoot(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DrillPlatform.sln")) || Directory.Exists(Path.Combine(dir.FullName, "templates", "scenarios")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No repository root above {from}.");
    }
}
