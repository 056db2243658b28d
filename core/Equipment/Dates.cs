namespace DrillPlatform.Core.Equipment;

/// <summary>Dates as the registry, CSV and content write them: yyyy-MM-dd, nothing else.</summary>
public static class Dates
{
    public const string Pattern = "yyyy-MM-dd";

    public static string? Format(DateOnly? date) => date?.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
