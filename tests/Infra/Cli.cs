using System.Diagnostics;

namespace DrillPlatform.Tests.Infra;

public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public string Describe() => $"exit {ExitCode}\n--- stderr ---\n{StdErr}\n--- stdout (start) ---\n{StdOut[..Math.Min(StdOut.Length, 2000)]}";
}

/// <summary>Runs a command line tool to completion and captures both streams.</summary>
public static class Cli
{
    public static async Task<CliResult> RunAsync(string file, IEnumerable<string> args, string workingDirectory)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 3 minutes.");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
