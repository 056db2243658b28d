using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DrillPlatform.Core.Reports.Exports;

/// <summary>
/// The report as a printable A4 PDF for the file (PDFsharp): a bilingual title and period, then each
/// section as a table whose cells wrap (by character, so Chinese wraps too) and whose header repeats
/// on every page it runs onto; "page n of N" at the foot. The font is <see cref="ReportFont"/>, embedded.
/// </summary>
public static class PdfExport
{
    public const string ContentType = "application/pdf";
    private const double Margin = 40;
    private const double CellPad = 3;
    private const double TableSize = 8;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    /// <exception cref="ReportFontUnavailableException">No font with Chinese glyphs is installed or configured.</exception>
    public static byte[] Write(string title, string subtitle, IReadOnlyList<ReportSection> sections, string fontPath)
    {
        ReportFont.Ensure(fontPath);
        var fonts = (Title: Font(14), Heading: Font(11), Table: Font(TableSize), Foot: Font(7));
        using var document = new PdfDocument();
        document.Info.Title = title;
        var page = new Page(document);
        page.Text(title, fonts.Title);
        page.Text(subtitle, fonts.Table);
        foreach (var section in sections)
        {
            page.Space(10);
            page.Text(ReportSection.Label(section.Title), fonts.Heading, keepWith: 3 * (TableSize + 2 * CellPad));
            Table(page, section, fonts.Table);
        }
        page.Close();
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var foot = string.Format(CultureInfo.InvariantCulture, "第 {0} / {1} 页 · Page {0} of {1}", i + 1, count);
            g.DrawString(foot, fonts.Foot, XBrushes.Gray, new XRect(Margin, document.Pages[i].Height.Point - Margin + 10, document.Pages[i].Width.Point - 2 * Margin, 12), XStringFormats.TopCenter);
        }
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    private static XFont Font(double size) => new(ReportFont.Family, size, XFontStyleEx.Regular, Unicode);

    private static void Table(Page page, ReportSection section, XFont font)
    {
        var widths = Widths(page, section, font);
        var header = section.Headers.Select(h => (object)h).ToList();
        page.Row(header, widths, font, shaded: true);
        foreach (var row in section.Rows)
        {
            if (!page.Fits(row, widths, font))
            {
                page.Turn();
                page.Row(header, widths, font, shaded: true);
            }
            page.Row(row, widths, font, shaded: false);
        }
        if (section.Rows.Count == 0) page.Row(["—"], [widths.Sum()], font, shaded: false);
    }

    // Each column's share of the width follows its longest text (header counted once, at most 30 em); every column gets at least 4 em.
    private static double[] Widths(Page page, ReportSection section, XFont font)
    {
        var natural = section.Headers.Select((h, i) => Math.Max(4 * font.Size,
            Math.Min(30 * font.Size, section.Rows.Select(r => page.Measure(Text(r[i]), font)).Append(page.Measure(h, font) / 2).Max()) + 2 * CellPad)).ToArray();
        var scale = page.Width / natural.Sum();
        return natural.Select(w => w * scale).ToArray();
    }

    internal static string Text(object cell) => cell switch
    {
        double d => d.ToString("0.#", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>Where the next line goes, over as many A4 pages as it takes.</summary>
    private sealed class Page(PdfDocument document)
    {
        private PdfPage? page;
        private XGraphics? g;
        private double y;

        public double Width => XUnit.FromMillimeter(210).Point - 2 * Margin;

        private double Bottom => XUnit.FromMillimeter(297).Point - Margin;

        private XGraphics G => g ?? NewPage();

        public double Measure(string text, XFont font) => G.MeasureString(text.Length == 0 ? " " : text, font).Width;

        public void Space(double points) => y += points;

        public void Text(string text, XFont font, double keepWith = 0)
        {
            var lines = Wrap(text, font, Width);
            var height = lines.Count * font.Size * 1.3;
            if (y + height + keepWith > Bottom) NewPage();
            foreach (var line in lines)
            {
                G.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, Width, font.Size * 1.3), XStringFormats.TopLeft);
                y += font.Size * 1.3;
            }
        }

        public bool Fits(IReadOnlyList<object> cells, IReadOnlyList<double> widths, XFont font) => y + Height(Wrapped(cells, widths, font), font) <= Bottom;

        public void Turn() => NewPage();

        /// <summary>Draws a row where the last one ended; a row taller than what is left of the page starts a new one.</summary>
        public void Row(IReadOnlyList<object> cells, IReadOnlyList<double> widths, XFont font, bool shaded)
        {
            var wrapped = Wrapped(cells, widths, font);
            var line = font.Size * 1.25;
            var height = Height(wrapped, font);
            if (y + height > Bottom) NewPage();
            var x = Margin;
            for (var i = 0; i < wrapped.Count; i++)
            {
                var box = new XRect(x, y, widths[i], height);
                if (shaded) G.DrawRectangle(XBrushes.Gainsboro, box);
                G.DrawRectangle(new XPen(XColors.Gray, 0.4), box);
                for (var l = 0; l < wrapped[i].Count; l++)
                    G.DrawString(wrapped[i][l], font, XBrushes.Black, new XRect(x + CellPad, y + CellPad + l * line, widths[i] - 2 * CellPad, line), XStringFormats.TopLeft);
                x += widths[i];
            }
            y += height;
        }

        private List<List<string>> Wrapped(IReadOnlyList<object> cells, IReadOnlyList<double> widths, XFont font) =>
            cells.Select((c, i) => Wrap(PdfExport.Text(c), font, widths[i] - 2 * CellPad)).ToList();

        private static double Height(List<List<string>> wrapped, XFont font) => wrapped.Max(w => w.Count) * font.Size * 1.25 + 2 * CellPad;

        public void Close() => g?.Dispose();

        private XGraphics NewPage()
        {
            g?.Dispose();
            page = document.AddPage();
            page.Size = PageSize.A4;
            g = XGraphics.FromPdfPage(page);
            y = Margin;
            return g;
        }

        // Greedy by character: a break at the last space when the line has one, else where the width runs out (Chinese has no spaces).
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                var rest = paragraph;
                while (rest.Length > 0)
                {
                    var fit = rest.Length;
                    while (fit > 1 && G.MeasureString(rest[..fit], font).Width > width) fit = Math.Max(1, fit * 3 / 4 < fit - 8 ? fit - 8 : fit - 1);
                    while (fit < rest.Length && G.MeasureString(rest[..(fit + 1)], font).Width <= width) fit++;
                    var space = fit < rest.Length ? rest.LastIndexOf(' ', fit - 1, fit) : -1;
                    var cut = space > 0 ? space + 1 : fit;
                    lines.Add(rest[..cut].TrimEnd());
                    rest = rest[cut..];
                }
                if (paragraph.Length == 0) lines.Add("");
            }
            return lines;
        }
    }
}
