using DrillPlatform.Core.Equipment.Api;

namespace DrillPlatform.Core.Api;

/// <summary>
/// The inspection records API (issue 4), behind the same bearer token and roster roles as the
/// drills API: trainers and managers read, everyone else is refused.
/// </summary>
public sealed class ChecksApi(ApiGate gate, EquipmentChecksHandler equipment, ChecksQueryHandler checks)
{
    public Task<ApiResult> EquipmentChecksAsync(string? authorization, string id, CancellationToken ct) =>
        AnswerAsync(authorization, caller => equipment.GetAsync(caller, id, ct), ct);

    public Task<ApiResult> ChecksAsync(string? authorization, string? status, CancellationToken ct) =>
        AnswerAsync(authorization, caller => checks.GetAsync(caller, status, ct), ct);

    private async Task<ApiResult> AnswerAsync(
        string? authorization, Func<Equipment.Api.ApiCaller, Task<(int Status, object? Body)>> handle, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, ApiAccess.Read, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        var (status, body) = await handle(new Equipment.Api.ApiCaller(caller.ObjectId, caller.Person.Roles));
        return new ApiResult(status, body);
    }
}
