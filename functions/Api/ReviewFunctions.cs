using DrillPlatform.Core.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DrillPlatform.Functions.Api;

/// <summary>Drill reviews over HTTP. Anonymous triggers on purpose, as in <see cref="CheckFunctions"/>: the bearer token, checked by ReviewApi, is the authentication.</summary>
public sealed class ReviewFunctions(ReviewApi api)
{
    [Function(nameof(GetDrillReview))]
    public async Task<IActionResult> GetDrillReview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.DrillReview)] HttpRequest request, string id, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.GetAsync(ApiHttp.Authorization(request), id, ct));
}
