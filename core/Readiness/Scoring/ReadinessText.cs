namespace DrillPlatform.Core.Readiness.Scoring;

/// <summary>Fills {placeholders} of a readiness text in both languages at once.</summary>
public static class ReadinessText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Localized Fill(Localized template, params (string Name, Localized Value)[] values)
    {
        var (zh, en) = (template.ZhCn, template.En);
        foreach (var (name, value) in values)
            (zh, en) = (zh.Replace($"{{{name}}}", value.ZhCn, StringComparison.Ordinal), en.Replace($"{{{name}}}", value.En, StringComparison.Ordinal));
        return new Localized(zh, en);
    }

    public static Localized Same(string text) => new(text, text);

    public static Localized Number(double value) => Same(value.ToString("0", CultureInfo.InvariantCulture));

    /// <summary>"12 Nov" / "11月12日" — the site-local date of a moment.</summary>
    public static Localized Date(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return new Localized($"{local.Month}月{local.Day}日", local.ToString("d MMM", English));
    }
}
