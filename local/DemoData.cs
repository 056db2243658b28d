using DrillPlatform.Core.Roster;

namespace DrillPlatform.Local;

/// <summary>Loads the demo roster (templates/roster/demo-roster.csv) so the emulator has people to be.</summary>
public static class DemoData
{
    public static async Task LoadAsync(IServiceProvider services, string repoRoot)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoData));
        var importer = services.GetRequiredService<RosterCsvImporter>();
        await using var csv = File.OpenRead(Path.Combine(repoRoot, "templates", "roster", "demo-roster.csv"));
        var result = await importer.ImportAsync(csv, CancellationToken.None);
        foreach (var error in result.Errors)
            log.LogWarning("Demo roster row {Row}, {Column}: {Reason}", error.Row, error.Column, error.Reason);
        log.LogInformation("Demo roster loaded: {Count} staff", result.Imported);
    }
}
