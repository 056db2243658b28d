namespace DrillPlatform.Local;

/// <summary>
/// `dotnet run --project local -- import-roster staff.csv`: loads a roster CSV into the configured
/// storage (Storage__ConnectionString, or Storage__TableServiceUri with your az login), or into the
/// local host's Azurite when none is set. Bad rows are listed with row and column; good rows are kept.
/// </summary>
public static class ImportRosterCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine(args.Length == 0 ? "Usage: import-roster <file.csv>" : $"No file '{args[0]}'.");
            return 2;
        }
        await using var local = await LocalServices.StartAsync(args.Skip(1).ToArray());
        var services = local.Services;
        await using var csv = File.OpenRead(args[0]);
        var result = await services.GetRequiredService<RosterCsvImporter>().ImportAsync(csv, CancellationToken.None);
        foreach (var error in result.Errors)
            Console.WriteLine($"row {error.Row}, {(error.Column.Length == 0 ? "file" : error.Column)}: {error.Reason}");
        Console.WriteLine($"{result.Imported} staff imported, {result.Errors.Count} problem(s).");
        return result.Errors.Count == 0 ? 0 : 1;
    }
}
