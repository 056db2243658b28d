namespace DrillPlatform.Core.Reports.Exports;

/// <summary>
/// The one guard of every exported cell against CSV/formula injection (OWASP): a text beginning
/// with = + - @ tab or carriage return is prefixed with an apostrophe, so a spreadsheet shows it
/// as text instead of running it (a roster name =HYPERLINK("http://x","y") stays a name).
/// Numbers are not texts and pass as they are.
/// </summary>
public static class CellText
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text) => text.Length > 0 && Array.IndexOf(Triggers, text[0]) >= 0 ? "'" + text : text;

    /// <summary>A cell as exported: strings neutralised, numbers kept, null as empty text.</summary>
    public static object Cell(object? value) => value switch
    {
        null => "",
        string s => Neutralise(s),
        _ => value,
    };
}
