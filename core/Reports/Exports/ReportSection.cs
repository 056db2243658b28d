namespace DrillPlatform.Core.Reports.Exports;

/// <summary>
/// One table of an exported report: a section of the CSV, a sheet of the XLSX, a table of the PDF.
/// Cells are already neutralised (<see cref="CellText"/>): strings, ints or doubles.
/// </summary>
public sealed record ReportSection(string Id, Localized Title, IReadOnlyList<Localized> Columns, IReadOnlyList<IReadOnlyList<object>> Rows)
{
    /// <summary>The bilingual label of a title or column as the files print it: "中文 / English".</summary>
    public static string Label(Localized text) => text.ZhCn == text.En ? text.En : $"{text.ZhCn} / {text.En}";

    public IReadOnlyList<string> Headers => Columns.Select(Label).ToList();
}
