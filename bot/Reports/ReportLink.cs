using DrillPlatform.Core.Reports;

namespace DrillPlatform.Bot.Reports;

/// <summary>
/// Where the bot's cards open the report tab, and on which period: the last four quarters up to
/// today. Reports:PageUrl in Azure; without it (the local host) /reports beside the service URL
/// the bot talks to.
/// </summary>
public static class ReportLink
{
    public static (DateOnly From, DateOnly To) LastFourQuarters(DateOnly today) =>
        (new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1).AddMonths(-9), today);

    public static string For(ReportOptions options, string serviceUrl, string department, DateOnly from, DateOnly to)
    {
        var page = options.PageUrl is { Length: > 0 } configured ? configured : new Uri(new Uri(serviceUrl), "/reports").ToString();
        return $"{page}?department={Uri.EscapeDataString(department)}&from={Date(from)}&to={Date(to)}";
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
