using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DrillPlatform.Local;

/// <summary>
/// Runs the repo's pinned Azurite (node_modules/.bin/azurite) on free loopback ports. Used by the
/// local host when no storage is configured, and by the tests.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process process;

    private Azurite(Process process, int blob, int queue, int table)
    {
        this.process = process;
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <param name="dataFolder">Where Azurite keeps its data; null keeps it in memory.</param>
    public static async Task<Azurite> StartAsync(string repoRoot, string? dataFolder, CancellationToken ct = default)
    {
        var exe = Path.Combine(repoRoot, "node_modules", ".bin", "azurite");
        if (!File.Exists(exe))
            throw new InvalidOperationException($"Azurite is not installed at {exe}; run 'npm ci' in {repoRoot} (the build does this on a fresh clone).");

        var (blob, queue, table) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var storage = dataFolder is null ? "--inMemoryPersistence" : $"--location \"{dataFolder}\"";
        var info = new ProcessStartInfo(exe,
            $"--silent --skipApiVersionCheck --loose --disableProductStyleUrl {storage} " +
            $"--blobHost 127.0.0.1 --blobPort {blob} --queueHost 127.0.0.1 --queuePort {queue} " +
            $"--tableHost 127.0.0.1 --tablePort {table}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dataFolder is not null) Directory.CreateDirectory(dataFolder);
        var process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new Azurite(process, blob, queue, table);
        await WaitForPortsAsync(process, [blob, queue, table], ct);
        return azurite;
    }

    public static string FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DrillPlatform.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No DrillPlatform.sln above {start}.");
    }

    private static async Task WaitForPortsAsync(Process process, int[] ports, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120); // node takes long to start on a busy machine
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited) throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}.");
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, ct);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100, ct);
                }
            }
        }
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
