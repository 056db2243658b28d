namespace DrillPlatform.Core.Content;

/// <summary>A staff-facing text in both languages the platform ships.</summary>
public sealed record Localized(string ZhCn, string En)
{
    public string For(string locale) => Locales.IsChinese(locale) ? ZhCn : En;
}
