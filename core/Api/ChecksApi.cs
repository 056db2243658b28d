using DrillPlatform.Core.Equipment.Api;

namespace DrillPlatform.Core.Api;

/// <summary>
/// The inspection records API (issue 4), behind the same gate as the drills API: callers need
/// <see cref="Permission.ReadChecks"/>.
/// </summary>
public sealed class ChecksApi(ApiGate gate, EquipmentChecksHandler equipment, ChecksQueryHandler checks)
{
    public Task<ApiResult> EquipmentChecksAsync(string? authorization, string id, CancellationToken ct) =>
        AnswerAsync(authorization, () => equipment.GetAsync(id, ct), ct);

    public Task<ApiResult> ChecksAsync(string? authorization, string? status, CancellationToken ct) =>
        AnswerAsync(authorization, () => checks.GetAsync(status, ct), ct);

    private async Task<ApiResult> AnswerAsync(string? authorization, Func<Task<ApiResult>> handle, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReadChecks, ct);
        return access.Caller is null ? access.Denied! : await handle();
    }
}
