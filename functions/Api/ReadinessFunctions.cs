namespace DrillPlatform.Functions.Api;

/// <summary>Readiness over HTTP. Anonymous triggers on purpose, as in <see cref="CheckFunctions"/>: the bearer token, checked by ReadinessApi, is the authentication.</summary>
public sealed class ReadinessFunctions(ReadinessApi api)
{
    [Function(nameof(GetReadiness))]
    public async Task<IActionResult> GetReadiness(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "readiness")] HttpRequest request, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.DepartmentAsync(ApiHttp.Authorization(request), request.Query["department"].FirstOrDefault(), request.Query["role"].FirstOrDefault(), ct));

    [Function(nameof(GetReadinessHistory))]
    public async Task<IActionResult> GetReadinessHistory(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "readiness/history")] HttpRequest request, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.HistoryAsync(ApiHttp.Authorization(request), request.Query["department"].FirstOrDefault(), request.Query["weeks"].FirstOrDefault(), ct));
}
