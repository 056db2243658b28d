using DrillPlatform.Core.Reports.Compliance;

namespace DrillPlatform.Core.Reports.Exports;

/// <summary>Turns a compliance report into the file of a format, every format from the same <see cref="ComplianceSections"/>; JSON is the API's own answer, not a file.</summary>
public sealed class ComplianceExports(IOptions<ReportOptions> options, TimeProvider time)
{
    public const string Title = "培训合规报告 / Training compliance report";

    /// <returns>null for JSON.</returns>
    /// <exception cref="ReportFontUnavailableException">A PDF was asked for and no font with Chinese glyphs is there.</exception>
    public ReportFile? Export(ComplianceReport report, ReportFormat format)
    {
        if (format == ReportFormat.Json) return null;
        var sections = ComplianceSections.From(report);
        return format switch
        {
            ReportFormat.Csv => new ReportFile(CsvExport.Write(sections), CsvExport.ContentType, "csv"),
            ReportFormat.Xlsx => new ReportFile(XlsxExport.Write(sections), XlsxExport.ContentType, "xlsx"),
            ReportFormat.Pdf => new ReportFile(PdfExport.Write(Title, Subtitle(report), sections, options.Value.PdfFont), PdfExport.ContentType, "pdf"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown report format"),
        };
    }

    private string Subtitle(ComplianceReport r) => string.Format(CultureInfo.InvariantCulture,
        "科室 Department: {0} · {1} – {2} · 生成于 Generated {3:yyyy-MM-dd HH:mm} UTC",
        CellText.Neutralise(r.Department), ComplianceSections.Date(r.From), ComplianceSections.Date(r.To), time.GetUtcNow());
}
