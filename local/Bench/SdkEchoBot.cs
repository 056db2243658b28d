using System.Diagnostics;

namespace DrillPlatform.Local.Bench;

/// <summary>
/// The reference SDK's echo bot (sdk/echo-bot.js) as a child Node process. botbuilder is installed
/// from npm into a scratch folder outside the repo (npm install --prefix), once per version.
/// </summary>
public sealed class SdkEchoBot : IAsyncDisposable
{
    public const string Package = "botbuilder";
    public const string Version = "4.23.3";

    private readonly Process process;

    private SdkEchoBot(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    public static string ScratchFolder => Path.Combine(Path.GetTempPath(), "drillplatform-bench-sdk", Version);

    public static async Task InstallAsync()
    {
        var manifest = Path.Combine(ScratchFolder, "node_modules", Package, "package.json");
        if (File.Exists(manifest) && JsonDocument.Parse(await File.ReadAllTextAsync(manifest)).RootElement.GetProperty("version").GetString() == Version)
            return;
        Directory.CreateDirectory(ScratchFolder);
        Console.WriteLine($"installing {Package}@{Version} into {ScratchFolder} ...");
        var npm = Process.Start(new ProcessStartInfo("npm", $"install --prefix \"{ScratchFolder}\" --no-audit --no-fund --no-save {Package}@{Version}")
        { UseShellExecute = false }) ?? throw new InvalidOperationException("npm did not start.");
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0) throw new InvalidOperationException($"npm install {Package}@{Version} failed with exit code {npm.ExitCode}.");
    }

    public static async Task<SdkEchoBot> StartAsync(string repoRoot, string appId, string openIdMetadataUrl, string issuer)
    {
        var port = FreePort.Next();
        var info = new ProcessStartInfo("node", Path.Combine(repoRoot, "local", "Bench", "sdk", "echo-bot.js"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["NODE_PATH"] = Path.Combine(ScratchFolder, "node_modules");
        info.Environment["NODE_ENV"] = "production";
        info.Environment["BENCH_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["BENCH_APP_ID"] = appId;
        info.Environment["BENCH_OPENID_URL"] = openIdMetadataUrl;
        info.Environment["BENCH_ISSUER"] = issuer;
        var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) => { if (e.Data?.StartsWith("listening", StringComparison.Ordinal) == true) listening.TrySetResult(); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("sdk: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new SdkEchoBot(process, $"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
