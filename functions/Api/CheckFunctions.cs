namespace DrillPlatform.Functions.Api;

/// <summary>
/// The inspection records: per item and per site. Anonymous triggers on purpose, as in
/// <see cref="ScheduleFunctions"/>: the bearer token, checked by ChecksApi, is the authentication.
/// </summary>
public sealed class CheckFunctions(ChecksApi api)
{
    [Function(nameof(ListEquipmentChecks))]
    public async Task<IActionResult> ListEquipmentChecks(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.EquipmentChecks)] HttpRequest request, string id, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.EquipmentChecksAsync(ApiHttp.Authorization(request), id, ct));

    [Function(nameof(ListChecks))]
    public async Task<IActionResult> ListChecks(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Checks)] HttpRequest request, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.ChecksAsync(ApiHttp.Authorization(request), request.Query["status"].FirstOrDefault(), ct));
}
