using DrillPlatform.Core.Readiness.Rebuild;

namespace DrillPlatform.Local;

/// <summary>
/// `dotnet run --project local -- rebuild-readiness`: recomputes every readiness roll-up from the
/// raw history (quiz attempts, closed drills, practice walks, check tasks) on the configured storage
/// or the local Azurite. Safe to run at any time; the incremental path produces the same rows.
/// </summary>
public static class RebuildReadinessCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var local = await LocalServices.StartAsync(args);
        var (written, removed) = await local.Services.GetRequiredService<ReadinessRebuild>().RunAsync();
        Console.WriteLine($"readiness rebuilt: {written} roll-ups written, {removed} stale rows removed");
        return 0;
    }
}
