using DrillPlatform.Core.Reports.Exports;

namespace DrillPlatform.Core.Api.Requests;

/// <summary>
/// ?department=&amp;from=&amp;to=&amp;format= of GET /api/reports/compliance: a department, a period of
/// site-local dates (from ≤ to, at most <see cref="MaxDays"/> days) and json (default), csv, xlsx or pdf.
/// Every bad parameter is named, all at once.
/// </summary>
public sealed record ComplianceQuery(string Department, DateOnly From, DateOnly To, ReportFormat Format)
{
    public const int MaxDays = 3 * 366;

    public static ComplianceQuery? Read(string? department, string? from, string? to, string? format, List<ApiError> errors)
    {
        var name = department?.Trim() ?? "";
        if (name.Length == 0) errors.Add(new("department", "is required"));
        else if (name == DrillPlatform.Core.Drills.Model.DrillAudience.AllDepartments) errors.Add(new("department", "name one department; '*' is not a department"));
        var start = Date("from", from, errors);
        var end = Date("to", to, errors);
        if (start is { } s && end is { } e)
        {
            if (e < s) errors.Add(new("to", $"must not be before from ({s:yyyy-MM-dd})"));
            else if (e.DayNumber - s.DayNumber + 1 > MaxDays) errors.Add(new("to", $"the period may be at most {MaxDays} days"));
        }
        var kind = ReportFormat.Json;
        if (!string.IsNullOrWhiteSpace(format) && !TryFormat(format.Trim(), out kind))
            errors.Add(new("format", $"must be json, csv, xlsx or pdf, not '{format}'"));
        return errors.Count == 0 ? new ComplianceQuery(name, start!.Value, end!.Value, kind) : null;
    }

    private static bool TryFormat(string text, out ReportFormat format)
    {
        format = text.ToLowerInvariant() switch { "json" => ReportFormat.Json, "csv" => ReportFormat.Csv, "xlsx" => ReportFormat.Xlsx, "pdf" => ReportFormat.Pdf, _ => (ReportFormat)(-1) };
        return Enum.IsDefined(format);
    }

    private static DateOnly? Date(string field, string? text, List<ApiError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) { errors.Add(new(field, "is required (yyyy-MM-dd)")); return null; }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(new(field, $"must be a date yyyy-MM-dd, not '{text}'"));
        return null;
    }
}
