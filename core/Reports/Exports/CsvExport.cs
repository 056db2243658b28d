using global::CsvHelper;

namespace DrillPlatform.Core.Reports.Exports;

/// <summary>
/// The report as one CSV file (UTF-8 with BOM, so spreadsheet programs read the Chinese right):
/// each section is its title on a line, its header, its rows, then an empty line. Cells come
/// neutralised from <see cref="ComplianceSections"/>; CsvHelper's own injection guard stays off so nothing is escaped twice.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IReadOnlyList<ReportSection> sections)
    {
        using var buffer = new MemoryStream();
        foreach (var section in sections)
        {
            // A writer per section: sections differ in their number of columns, and RFC 4180 wants one count per table.
            var options = new CsvWriterOptions { Separator = ',', ValidateFieldCount = false, WriteByteOrderMark = buffer.Length == 0, FormatProvider = CultureInfo.InvariantCulture };
            using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
            {
                csv.WriteRecord(CellText.Neutralise(ReportSection.Label(section.Title)));
                csv.WriteRecord(section.Headers.Select(CellText.Neutralise).ToArray());
                foreach (var row in section.Rows) csv.WriteRecord(row.Select(Format).ToArray());
            }
            buffer.Write("\r\n"u8);
        }
        return buffer.ToArray();
    }

    private static string Format(object cell) => cell switch
    {
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
