namespace DrillPlatform.Functions.Api;

/// <summary>Compliance reports over HTTP. Anonymous trigger on purpose, as in <see cref="CheckFunctions"/>: the bearer token, checked by ReportsApi, is the authentication.</summary>
public sealed class ReportFunctions(ReportsApi api)
{
    [Function(nameof(GetComplianceReport))]
    public async Task<IActionResult> GetComplianceReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ComplianceReport)] HttpRequest request, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.ComplianceAsync(ApiHttp.Authorization(request),
            Query(request, "department"), Query(request, "from"), Query(request, "to"), Query(request, "format"), ct));

    private static string? Query(HttpRequest request, string name) => request.Query[name].FirstOrDefault();
}
