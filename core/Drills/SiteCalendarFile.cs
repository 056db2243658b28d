namespace DrillPlatform.Core.Drills;

/// <summary>Finds templates/calendar/site-calendar.yaml: configured, published beside the app, or the repository's when run from source.</summary>
internal static class SiteCalendarFile
{
    private static readonly string Relative = Path.Combine("templates", "calendar", "site-calendar.yaml");

    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new FileNotFoundException($"Drills:CalendarPath is '{configured}', but no such file exists.", configured);

        var besideApp = Path.Combine(AppContext.BaseDirectory, Relative);
        if (File.Exists(besideApp)) return besideApp;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(
            $"No {Relative} beside {AppContext.BaseDirectory} or above {Directory.GetCurrentDirectory()}; set Drills:CalendarPath.");
    }
}
