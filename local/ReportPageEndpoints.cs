using DrillPlatform.Core.Api;
using DrillPlatform.Core.Reports.Tab;

namespace DrillPlatform.Local;

/// <summary>
/// The report tab on the local host: at /reports (what the bot's cards link to when Reports:PageUrl
/// is empty) and at the Functions app's /api/reports/page, the same files from the same ReportPage.
/// </summary>
public static class ReportPageEndpoints
{
    public const string LocalPath = "/reports";

    public static void MapReportPage(this WebApplication app)
    {
        foreach (var root in new[] { LocalPath, "/" + ApiRoutes.Prefix + "/" + ApiRoutes.ReportPage })
        {
            app.MapGet(root, (HttpContext c, ReportPage page) => Write(c, page.Get("", root + "/")));
            app.MapGet(root + "/{**file}", (HttpContext c, string? file, ReportPage page) => Write(c, page.Get(file, root + "/")));
        }
    }

    private static IResult Write(HttpContext context, ReportPageFile file)
    {
        context.Response.Headers.ContentSecurityPolicy = ReportPage.FrameAncestors;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return file.Status == StatusCodes.Status200OK
            ? Results.Bytes(file.Bytes, file.ContentType)
            : Results.Text(System.Text.Encoding.UTF8.GetString(file.Bytes), file.ContentType, statusCode: file.Status);
    }
}
