using DrillPlatform.Core.Reports.Tab;

namespace DrillPlatform.Functions.Reports;

/// <summary>
/// The report tab: its page and files (anonymous: the page holds no data, it fetches the API with
/// the Teams token) and the list of departments it offers (behind the bearer token, as the API).
/// </summary>
public sealed class ReportTab(ReportPage page, ReportTabApi api)
{
    private const string BasePath = "/" + ApiRoutes.Prefix + "/" + ApiRoutes.ReportPage + "/";

    [Function(nameof(GetReportPage))]
    public IActionResult GetReportPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ReportPage + "/{*file}")] HttpRequest request, string? file)
    {
        var answer = page.Get(file, BasePath);
        request.HttpContext.Response.Headers.ContentSecurityPolicy = ReportPage.FrameAncestors;
        request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
        return answer.Status == 200
            ? new FileContentResult(answer.Bytes, answer.ContentType)
            : new ContentResult { StatusCode = answer.Status, Content = System.Text.Encoding.UTF8.GetString(answer.Bytes), ContentType = answer.ContentType };
    }

    [Function(nameof(GetReportDepartments))]
    public async Task<IActionResult> GetReportDepartments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ReportDepartments)] HttpRequest request, CancellationToken ct) =>
        Api.ApiHttp.Answer(request, await api.DepartmentsAsync(Api.ApiHttp.Authorization(request), ct));
}
