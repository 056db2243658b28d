namespace DrillPlatform.Local;

/// <summary>Loads the demo roster (templates/roster/demo-roster.csv) so the emulator has people to be.</summary>
public static class DemoData
{
    public const string SeedSetting = "SeedDemoData";

    /// <summary>
    /// Demo people and equipment go only into storage on this machine (the Azurite the host
    /// started, or a connection string to loopback), unless asked for with --SeedDemoData true;
    /// --SeedDemoData false keeps even a local store empty. Never into a configured Azure account.
    /// </summary>
    public static bool ShouldSeed(IConfiguration configuration, LocalDevelopment development)
    {
        if (bool.TryParse(configuration[SeedSetting], out var asked)) return asked;
        if (development.Azurite is not null) return true;
        var connection = configuration["Storage:ConnectionString"];
        return !string.IsNullOrWhiteSpace(connection) && string.IsNullOrWhiteSpace(configuration["Storage:TableServiceUri"])
            && IsLoopbackStorage(connection);
    }

    private static bool IsLoopbackStorage(string connectionString)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (parts.TryGetValue("UseDevelopmentStorage", out var dev)) return dev.Equals("true", StringComparison.OrdinalIgnoreCase);
        return parts.TryGetValue("TableEndpoint", out var endpoint)
            && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "127.0.0.1");
    }

    /// <summary>Loads the roster and returns the email of its first person, whom the emulator opens as.</summary>
    public static async Task<string?> LoadAsync(IServiceProvider services, string repoRoot)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoData));
        var importer = services.GetRequiredService<RosterCsvImporter>();
        var path = Path.Combine(repoRoot, "templates", "roster", "demo-roster.csv");
        await using var csv = File.OpenRead(path);
        var result = await importer.ImportAsync(csv, CancellationToken.None);
        foreach (var error in result.Errors)
            log.LogWarning("Demo roster row {Row}, {Column}: {Reason}", error.Row, error.Column, error.Reason);
        log.LogInformation("Demo roster loaded: {Count} staff", result.Imported);
        await services.GetRequiredService<DrillPlatform.Core.Equipment.Registry.EquipmentSeeder>().SeedAsync();
        await DemoHistory.LoadAsync(services, await services.GetRequiredService<RosterStore>().ListAsync(null));
        return FirstEmail(File.ReadLines(path).Take(2).ToArray());
    }

    private static string? FirstEmail(string[] lines)
    {
        if (lines.Length < 2) return null;
        var column = Array.FindIndex(lines[0].Split(','), h => h.Trim().Equals("email", StringComparison.OrdinalIgnoreCase));
        var cells = lines[1].Split(',');
        return column >= 0 && column < cells.Length ? cells[column].Trim() : null;
    }
}
