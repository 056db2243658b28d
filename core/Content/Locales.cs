namespace DrillPlatform.Core.Content;

public static class Locales
{
    public const string ZhCn = "zh-CN";
    public const string En = "en";
    public static readonly IReadOnlyList<string> All = [ZhCn, En];

    public static bool IsChinese(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>Maps any Teams locale (en-US, zh-cn, zh-Hans...) to one the content has.</summary>
    public static string Normalize(string? locale, string fallback = ZhCn) =>
        string.IsNullOrWhiteSpace(locale) ? fallback : IsChinese(locale) ? ZhCn : En;
}
