using System.Text;
using DrillPlatform.Core.Api;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Compliance;
using DrillPlatform.Core.Reports.Exports;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Reports;

/// <summary>
/// The seeded year of <see cref="ComplianceMatrixTests"/> (with a roster name that looks like a
/// formula) in every export: CSV and XLSX read back equal the report's JSON, the name is text,
/// and the PDF is A4 pages that say the report's Chinese in an embedded font.
/// </summary>
[Trait("Category", "Unit")]
public class ComplianceExportTests
{
    private const string Injected = "=HYPERLINK(\"http://x\",\"y\")";
    private static readonly ComplianceReport Report = ComplianceMatrixTests.Build();
    private static readonly JsonElement Json = JsonSerializer.SerializeToElement(Report, ApiJson.Options);
    private static readonly ComplianceExports Exports = new(Options.Create(new ReportOptions()), new FakeTimeProvider(DateTimeOffset.Parse("2027-01-15T02:00:00Z")));

    private static byte[] File(ReportFormat format) => Exports.Export(Report, format)!.Bytes;

    // What every export must show for a JSON text: the same text, neutralised.
    private static string Cell(JsonElement e) => CellText.Neutralise(e.GetString()!);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Li Na", "Li Na")]
    [InlineData("李娜=", "李娜=")]
    [InlineData("", "")]
    public void Neutralise_PrefixesOnlyTextsThatASpreadsheetWouldRun(string text, string expected) =>
        Assert.Equal(expected, CellText.Neutralise(text));

    [Fact]
    public void Csv_IsUtf8WithBom_OneSectionPerTable_AndReadsBackAsTheJson()
    {
        var csv = File(ReportFormat.Csv);
        var sections = ExportReading.CsvSections(csv);

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.Equal(ComplianceSections.From(Report).Select(s => ReportSection.Label(s.Title)), sections.Keys);
        var requirements = sections["合规要求 / Requirements"];
        Assert.Equal("要求 / Requirement", requirements.Header[0]);
        var rows = Json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Count, requirements.Rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, line) = (rows[i], requirements.Rows[i]);
            Assert.Equal(Cell(row.GetProperty("requirement")), line[0]);
            Assert.Equal(Cell(row.GetProperty("title").GetProperty("zhCn")), line[1]);
            Assert.Equal(Cell(row.GetProperty("source")), line[4]);
            Assert.Equal(row.GetProperty("flagged").GetBoolean() ? "yes" : "no", line[5]);
            Assert.Equal(Cell(row.GetProperty("value")), line[6]);
            Assert.Equal(CellText.Neutralise(string.Join(" | ", row.GetProperty("flags").EnumerateArray().Select(f => f.GetString()))), line[7]);
        }
        var cells = Json.GetProperty("drills").GetProperty("cells").EnumerateArray()
            .Select(c => new List<string> { c.GetProperty("quarter").GetString()!, c.GetProperty("shift").GetString()!, c.GetProperty("drills").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(cells, sections["演练矩阵（季度×班次） / Drill matrix (quarter × shift)"].Rows);
        Assert.Equal(Json.GetProperty("drills").GetProperty("list").EnumerateArray().Select(d => d.GetProperty("drillId").GetString()),
            sections["演练记录 / Drills"].Rows.Select(r => r[0]));
    }

    [Fact]
    public void Csv_ShowsTheFormulaLookingNameAsText()
    {
        var lapsed = ExportReading.CsvSections(File(ReportFormat.Csv))["超过12个月未受训 / Training lapsed (over 12 months)"].Rows;

        Assert.Contains(lapsed, r => r[1] == "'" + Injected && r[2] == "never");
        Assert.DoesNotContain(lapsed, r => r.Any(c => c.StartsWith('=')));
        Assert.Contains("'=HYPERLINK", ExportReading.CsvSections(File(ReportFormat.Csv))["合规要求 / Requirements"].Rows.Single(r => r[0] == "training-twelve-months")[7]);
    }

    [Fact]
    public void Xlsx_HasASheetPerSection_AndReadsBackAsTheJson()
    {
        var sheets = ExportReading.XlsxSheets(File(ReportFormat.Xlsx));

        Assert.Equal(["summary", "requirements", "drill-matrix", "drills", "lapsed", "checks"], sheets.Keys);
        var rows = Json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Select(r => Cell(r.GetProperty("requirement"))), sheets["requirements"].Select(r => (string?)r["要求 / Requirement"]));
        Assert.Equal(rows.Select(r => Cell(r.GetProperty("value"))), sheets["requirements"].Select(r => (string?)r["结果 / Value"]));
        Assert.Equal(Json.GetProperty("drills").GetProperty("cells").EnumerateArray().Select(c => (double)c.GetProperty("drills").GetInt32()),
            sheets["drill-matrix"].Select(r => Convert.ToDouble(r["演练次数 / Drills"], System.Globalization.CultureInfo.InvariantCulture)));
        var checks = Json.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(checks.Select(c => c.GetProperty("month").GetString()), sheets["checks"].Select(r => (string?)r["月份 / Month"]));
        Assert.Equal(checks.Select(c => string.Join(", ", c.GetProperty("missing").EnumerateArray().Select(m => m.GetString()))),
            sheets["checks"].Select(r => (string?)r["缺检 / Missing"] ?? ""));
        Assert.Equal(Json.GetProperty("training").GetProperty("people").GetInt32(),
            Convert.ToInt32(sheets["summary"].Single(r => (string?)r["项目 / Item"] == "人数 / People")["值 / Value"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Xlsx_ShowsTheFormulaLookingNameAsText_NotAsAFormula()
    {
        var xlsx = File(ReportFormat.Xlsx);
        var lapsed = ExportReading.XlsxSheets(xlsx)["lapsed"];

        Assert.Contains(lapsed, r => (string?)r["姓名 / Name"] == "'" + Injected);
        Assert.All(ExportReading.XlsxSheetXml(xlsx), xml => Assert.DoesNotContain("<x:f>", xml.Replace("<f>", "<x:f>", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains(ExportReading.XlsxSheetXml(xlsx), xml => xml.Contains("&apos;=HYPERLINK", StringComparison.Ordinal) || xml.Contains("'=HYPERLINK", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_IsA4Pages_EmbedsAChineseFont_AndSaysTheReportInChinese()
    {
        var pdf = File(ReportFormat.Pdf);
        var document = ExportReading.OpenPdf(pdf);
        var text = ExportReading.PdfText(pdf);
        var squeezed = string.Concat(text.Where(c => !char.IsWhiteSpace(c))); // cells wrap: a text may span lines

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(document.PageCount >= 1);
        Assert.All(document.Pages.Cast<PdfSharp.Pdf.PdfPage>(), p => Assert.Equal((595, 842), ((int)Math.Round(p.Width.Point), (int)Math.Round(p.Height.Point))));
        Assert.Contains("培训合规报告", text);
        Assert.All(Report.Rows, r => Assert.Contains(r.Title.ZhCn, squeezed));
        Assert.Contains("'=HYPERLINK(\"http://x\",\"y\")", squeezed);
        Assert.Contains($"第 {document.PageCount} / {document.PageCount} 页", text);
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf)); // the TrueType face is embedded, not just named
        Assert.Contains("WenQuanYi", Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public void Font_WhenTheConfiguredFileIsMissing_TheErrorSaysWhatToInstallOrSet()
    {
        var e = Assert.Throws<ReportFontUnavailableException>(() => ReportFont.Locate("/no/such/font.ttf"));

        Assert.Contains("/no/such/font.ttf", e.Message);
        Assert.Contains("fonts-wqy-microhei", e.Message);
        Assert.Contains("Reports:PdfFont", e.Message);
    }

    [Fact]
    public void TrueTypeCollection_FirstFace_IsAStandaloneTrueTypeFont()
    {
        var face = TrueTypeCollection.Face(System.IO.File.ReadAllBytes(ReportFont.Candidates[0]), 0);

        Assert.Equal([0, 1, 0, 0], face[..4]); // sfnt version 1.0: TrueType outlines
        Assert.False(TrueTypeCollection.IsCollection(face));
        Assert.Contains("glyf", Encoding.ASCII.GetString(face, 0, 12 + 16 * (face[4] << 8 | face[5])));
    }
}
