namespace DrillPlatform.Functions.Api;

/// <summary>Drill reviews and corrective actions over HTTP. Anonymous triggers on purpose, as in <see cref="CheckFunctions"/>: the bearer token, checked by ReviewApi, is the authentication.</summary>
public sealed class ReviewFunctions(ReviewApi api)
{
    [Function(nameof(GetDrillReview))]
    public async Task<IActionResult> GetDrillReview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.DrillReview)] HttpRequest request, string id, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.GetAsync(ApiHttp.Authorization(request), id, ct));

    [Function(nameof(AddDrillFinding))]
    public async Task<IActionResult> AddDrillFinding(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.DrillFindings)] HttpRequest request, string id, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.AddFindingAsync(ApiHttp.Authorization(request), id, await ApiHttp.BodyAsync(request, ct), ct));

    [Function(nameof(AddCorrectiveAction))]
    public async Task<IActionResult> AddCorrectiveAction(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CorrectiveActions)] HttpRequest request, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.AddActionAsync(ApiHttp.Authorization(request), await ApiHttp.BodyAsync(request, ct), ct));

    [Function(nameof(CloseCorrectiveAction))]
    public async Task<IActionResult> CloseCorrectiveAction(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CorrectiveActionClose)] HttpRequest request, string id, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.CloseActionAsync(ApiHttp.Authorization(request), id, await ApiHttp.BodyAsync(request, ct), ct));
}
