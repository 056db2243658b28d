namespace DrillPlatform.Functions.Api;

/// <summary>
/// api/schedules: trainers' standing orders for drills. The triggers are Anonymous on purpose: the
/// caller's Entra ID bearer token is the authentication (DrillsApi checks it, and the roster role),
/// and a function key would only be a shared secret on top.
/// </summary>
public sealed class ScheduleFunctions(DrillsApi api)
{
    [Function(nameof(CreateSchedule))]
    public async Task<IActionResult> CreateSchedule(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Schedules)] HttpRequest request, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.CreateScheduleAsync(ApiHttp.Authorization(request), await ApiHttp.BodyAsync(request, ct), ct));

    [Function(nameof(ListSchedules))]
    public async Task<IActionResult> ListSchedules(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Schedules)] HttpRequest request, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.ListSchedulesAsync(ApiHttp.Authorization(request), ct));

    [Function(nameof(DeleteSchedule))]
    public async Task<IActionResult> DeleteSchedule(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ApiRoutes.Schedule)] HttpRequest request, string id, CancellationToken ct) =>
        ApiHttp.Answer(request, await api.DeleteScheduleAsync(ApiHttp.Authorization(request), id, ct));
}
