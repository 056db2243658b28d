namespace DrillPlatform.Functions.Api;

/// <summary>
/// api/drills: launch a drill now, and follow one. Anonymous triggers on purpose, as in
/// <see cref="ScheduleFunctions"/>: the bearer token, checked by DrillsApi, is the authentication.
/// </summary>
public sealed class DrillFunctions(DrillsApi api)
{
    [Function(nameof(LaunchDrill))]
    public async Task<IActionResult> LaunchDrill(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Drills)] HttpRequest request, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.LaunchDrillAsync(ApiHttp.Authorization(request), await ApiHttp.BodyAsync(request, ct), ct));

    [Function(nameof(GetDrill))]
    public async Task<IActionResult> GetDrill(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Drill)] HttpRequest request, string id, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.GetDrillAsync(ApiHttp.Authorization(request), id, ct));
}
