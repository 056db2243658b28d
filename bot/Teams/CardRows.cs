namespace DrillPlatform.Bot.Teams;

/// <summary>
/// Caps the rows of a card that lists people or items: a message over Teams' size limit (40 KB as
/// UTF-16 in the older documentation, 100 KB with 80 KB advised in the newer) is refused with 413
/// MessageSizeTooBig, so a whole department's summary must not depend on how many people it has.
/// The rows beyond the cap become one "+N more" row, in the reader's language.
/// </summary>
public static class CardRows
{
    public const int Max = 25;

    /// <summary>40 KB as UTF-16: the strictest limit Teams has documented, checked by the tests.</summary>
    public const int MessageCharacterBudget = 40 * 1024 / 2;

    public static List<T> Cap<T>(IEnumerable<T> rows, Func<string, T> moreRow, Texts texts, string locale, int max = Max)
    {
        var all = rows.ToList();
        if (all.Count <= max) return all;
        var kept = all.Take(max).ToList();
        kept.Add(moreRow(texts.Get("rows_more", locale, all.Count - max)));
        return kept;
    }

    public static List<string> Cap(IEnumerable<string> rows, Texts texts, string locale, int max = Max) =>
        Cap(rows, more => more, texts, locale, max);
}
