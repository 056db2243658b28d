using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using MiniExcelLibs;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace DrillPlatform.Tests.Reports;

/// <summary>Reads exported reports back the way a program that opens them would: CSV sections, XLSX sheets, PDF text through the fonts' ToUnicode maps.</summary>
internal static partial class ExportReading
{
    /// <summary>Section title (the bilingual label) → header and rows.</summary>
    public static Dictionary<string, (List<string> Header, List<List<string>> Rows)> CsvSections(byte[] csv)
    {
        var sections = new Dictionary<string, (List<string>, List<List<string>>)>(StringComparer.Ordinal);
        var block = new List<List<string>>();
        void Flush()
        {
            if (block.Count >= 2) sections[block[0][0]] = (block[1], block.Skip(2).ToList());
            block = [];
        }
        using var reader = CsvReader.Create(new MemoryStream(csv), new CsvReaderOptions { Separator = ',', HasHeader = false, SkipEmptyLines = false });
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToList();
            if (fields.All(f => f.Length == 0) && reader.FieldCount <= 1 && block.Count > 0 && !IsQuotedEmpty(reader)) { Flush(); continue; }
            block.Add(fields);
        }
        Flush();
        return sections;
    }

    private static bool IsQuotedEmpty(CsvReader reader) => reader.GetRawSpan(0).Length > 0;

    /// <summary>Sheet name → rows as header → cell (MiniExcel's own reader).</summary>
    public static Dictionary<string, List<IDictionary<string, object?>>> XlsxSheets(byte[] xlsx)
    {
        var sheets = new Dictionary<string, List<IDictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var name in MiniExcel.GetSheetNames(new MemoryStream(xlsx)))
            sheets[name] = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: name)
                .Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>((IDictionary<string, object?>)r)).ToList();
        return sheets;
    }

    /// <summary>The worksheet XML parts, to see what kind of cell each value became.</summary>
    public static List<string> XlsxSheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
    }

    public static PdfDocument OpenPdf(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>
    /// The text of every page: each hex string shown in a content stream, decoded through the
    /// ToUnicode map of the page's fonts (what a reader's copy-paste or search uses).
    /// </summary>
    public static string PdfText(byte[] pdf)
    {
        var document = OpenPdf(pdf);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var map = new Dictionary<int, string>();
            var fonts = page.Resources.Elements.GetDictionary("/Font");
            foreach (var key in fonts?.Elements.Keys ?? [])
                if (fonts!.Elements.GetDictionary(key)?.Elements.GetDictionary("/ToUnicode") is { Stream: { } cmap })
                    ReadCmap(Encoding.Latin1.GetString(cmap.UnfilteredValue), map);
            var content = string.Concat(page.Contents.Elements.Select(e => e is PdfReference { Value: PdfDictionary { Stream: { } s } }
                ? Encoding.Latin1.GetString(s.UnfilteredValue) : ""));
            foreach (Match m in HexString().Matches(content))
            {
                var hex = Whitespace().Replace(m.Groups[1].Value, ""); // long strings are broken into lines
                for (var i = 0; i + 4 <= hex.Length; i += 4)
                    text.Append(map.GetValueOrDefault(Convert.ToInt32(hex.Substring(i, 4), 16), "?"));
                text.Append(' ');
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static void ReadCmap(string cmap, Dictionary<int, string> map)
    {
        foreach (Match block in BfChar().Matches(cmap))
            foreach (Match pair in Pair().Matches(block.Groups[1].Value))
                map[Convert.ToInt32(pair.Groups[1].Value, 16)] = Utf16(pair.Groups[2].Value);
        foreach (Match block in BfRange().Matches(cmap))
            foreach (Match range in Range().Matches(block.Groups[1].Value))
            {
                var (low, high, start) = (Convert.ToInt32(range.Groups[1].Value, 16), Convert.ToInt32(range.Groups[2].Value, 16), Convert.ToInt32(range.Groups[3].Value, 16));
                for (var g = low; g <= high; g++) map[g] = char.ConvertFromUtf32(start + g - low);
            }
    }

    private static string Utf16(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"<([0-9A-Fa-f\s]+)>\s*Tj")] private static partial Regex HexString();
    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)] private static partial Regex BfChar();
    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)] private static partial Regex BfRange();
    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")] private static partial Regex Pair();
    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")] private static partial Regex Range();
}
