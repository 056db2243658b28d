using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace DrillPlatform.Tests.Infra;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package (a tool package: restore only
/// downloads it), and the compiled main template, built once per test run.
/// </summary>
public static class Bicep
{
    public static string InfraDir { get; } = Path.Combine(AzuriteFixture.RepoRoot, "infra-bicep");
    public static string MainBicep { get; } = Path.Combine(InfraDir, "main.bicep");

    private static readonly Lazy<string> Executable = new(Locate);
    private static readonly Lazy<Task<JsonObject>> Compiled = new(CompileMainAsync);

    public static Task<CliResult> RunAsync(params string[] args) => Cli.RunAsync(Executable.Value, args, InfraDir);

    /// <summary>The ARM JSON of main.bicep (bicep build --stdout).</summary>
    public static Task<JsonObject> MainTemplateAsync() => Compiled.Value;

    /// <summary>
    /// `bicep snapshot` of a parameter file: the resources a deployment would create, with every
    /// value Bicep can know evaluated. It writes beside the file, so it runs on a copy of infra-bicep.
    /// </summary>
    public static async Task<JsonObject> SnapshotAsync(string parameterFile, string location, string tenantId,
        (string Find, string Replace)? edit = null)
    {
        var dir = Directory.CreateTempSubdirectory("bicep-snapshot-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(InfraDir, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(dir, Path.GetRelativePath(InfraDir, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var copy = Path.Combine(dir, parameterFile);
            if (edit is { } e)
            {
                var text = await File.ReadAllTextAsync(copy);
                if (!text.Contains(e.Find, StringComparison.Ordinal)) throw new ArgumentException($"{parameterFile} has no '{e.Find}' to edit.");
                await File.WriteAllTextAsync(copy, text.Replace(e.Find, e.Replace, StringComparison.Ordinal));
            }
            var result = await Cli.RunAsync(Executable.Value, ["snapshot", copy, "--mode", "overwrite", "--tenant-id", tenantId,
                "--subscription-id", "5f0c6a3e-1111-4a2b-9c3d-000000000001", "--resource-group", "rg-drill",
                "--location", location, "--deployment-name", "main"], dir);
            if (result.ExitCode != 0) throw new InvalidOperationException($"bicep snapshot {parameterFile} failed: {result.Describe()}");
            var output = Path.ChangeExtension(copy, null) + ".snapshot.json";
            return JsonNode.Parse(await File.ReadAllTextAsync(output))!.AsObject();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<JsonObject> CompileMainAsync()
    {
        var result = await RunAsync("build", MainBicep, "--stdout");
        if (result.ExitCode != 0) throw new InvalidOperationException($"bicep build failed: {result.Describe()}");
        return JsonNode.Parse(result.StdOut)!.AsObject();
    }

    private static string Locate()
    {
        var version = PackageVersion("Azure.Bicep.CommandLine.linux-x64");
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = Path.Combine(packages, "azure.bicep.commandline.linux-x64", version, "tools", "bicep");
        if (!File.Exists(path))
            throw new FileNotFoundException($"Bicep CLI not found at {path}; run `dotnet restore tests`.", path);

        // The package is linux-x64 only. Some extractions drop the execute bit; restore it.
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The Bicep tests use the linux-x64 CLI package.");
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute)) File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        return path;
    }

    private static string PackageVersion(string id)
    {
        var props = XDocument.Load(Path.Combine(AzuriteFixture.RepoRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == id).Attribute("Version")!.Value;
    }
}
