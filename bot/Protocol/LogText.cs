namespace DrillPlatform.Bot.Protocol;

/// <summary>Text a sender chose, cut short and stripped of line breaks before it reaches a log.</summary>
public static class LogText
{
    public const int MaxLength = 64;

    public static string Bound(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var cut = text.Length > MaxLength ? text[..MaxLength] + "…" : text;
        return string.Concat(cut.Select(c => char.IsControl(c) ? '?' : c));
    }
}
