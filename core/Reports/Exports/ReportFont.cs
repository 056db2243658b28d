using PdfSharp.Fonts;

namespace DrillPlatform.Core.Reports.Exports;

/// <summary>Thrown when no font that renders Chinese can be found for the PDF export; the API answers 503 with its message.</summary>
public sealed class ReportFontUnavailableException(string message) : Exception(message);

/// <summary>
/// The PDF export's one font, a TrueType face with Chinese glyphs that PDFsharp can embed: the path
/// in Reports:PdfFont, else WenQuanYi Micro Hei or Zen Hei where Debian's fonts-wqy-* put them or
/// where the Functions publish copies it (functions/fonts, when the build machine has the package).
/// (Noto CJK is CFF-flavoured OpenType, which PDFsharp cannot embed.) A .ttc collection is read at
/// face <see cref="CollectionFace"/> (see <see cref="TrueTypeCollection"/>). PDFsharp's font resolver is process-wide and may be set only
/// once, so there is one resolver; the first font found is the font of every PDF the process writes.
/// </summary>
public sealed class ReportFont : IFontResolver
{
    public const string Family = "DrillReport";
    public const int CollectionFace = 0;

    public static readonly IReadOnlyList<string> Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        Path.Combine(AppContext.BaseDirectory, "fonts", "wqy-microhei.ttc"), // published with the Functions app
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    ];

    private static readonly ReportFont Instance = new();
    private static readonly Lock Gate = new();
    private byte[]? bytes;
    private string path = "";

    private ReportFont() { }

    /// <summary>Makes the font ready for PDFsharp: the configured path, else the first candidate that exists.</summary>
    /// <returns>The font file in use.</returns>
    /// <exception cref="ReportFontUnavailableException">No font file could be read.</exception>
    public static string Ensure(string configured)
    {
        lock (Gate)
        {
            if (Instance.bytes is null)
            {
                var found = Locate(configured);
                var file = File.ReadAllBytes(found);
                Instance.bytes = TrueTypeCollection.IsCollection(file) ? TrueTypeCollection.Face(file, CollectionFace) : file;
                Instance.path = found;
            }
            if (GlobalFontSettings.FontResolver is not ReportFont) GlobalFontSettings.FontResolver = Instance;
            return Instance.path;
        }
    }

    /// <summary>The configured font file, else the first candidate that exists.</summary>
    /// <exception cref="ReportFontUnavailableException">None exists.</exception>
    public static string Locate(string configured)
    {
        var tried = string.IsNullOrWhiteSpace(configured) ? Candidates : [configured.Trim()];
        return tried.FirstOrDefault(File.Exists) ?? throw new ReportFontUnavailableException(
            $"The PDF export needs a TrueType font with Chinese glyphs and found none (looked for {string.Join(", ", tried)}). " +
            "Install fonts-wqy-microhei, or set Reports:PdfFont to a .ttf/.ttc file; the csv and xlsx exports work without it.");
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(Family); // one face: PDFsharp 6.2 cannot simulate bold, so headers are shaded, not bold

    // Tests and the font check read which file is in use.
    public static string InUse => Instance.path;

    public byte[]? GetFont(string faceName) => bytes;
}
