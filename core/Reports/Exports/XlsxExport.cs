using MiniExcelLibs;

namespace DrillPlatform.Core.Reports.Exports;

/// <summary>The report as an XLSX workbook (MiniExcel): one sheet per section, named by the section's id, header on the first row.</summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IReadOnlyList<ReportSection> sections)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var headers = section.Headers;
            sheets[section.Id] = section.Rows.Select(row =>
            {
                var line = new Dictionary<string, object>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Count; i++) line[headers[i]] = row[i];
                return line;
            }).ToList();
        }
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }
}
