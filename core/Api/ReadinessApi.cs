using DrillPlatform.Core.Api.Views;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Scoring;

namespace DrillPlatform.Core.Api;

/// <summary>
/// GET /api/readiness?department=&amp;role= and GET /api/readiness/history?department=&amp;weeks=,
/// behind the same bearer token and roster roles as the rest of the API: trainers read any
/// department, managers their own, staff are refused (403). Bad parameters are a 400 naming them.
/// </summary>
public sealed class ReadinessApi(ApiGate gate, ReadinessReader reader, ILogger<ReadinessApi> logger)
{
    public const int DefaultWeeks = 12;
    public const int MaxWeeks = 104;

    public async Task<ApiResult> DepartmentAsync(string? authorization, string? department, string? role, CancellationToken ct)
    {
        var (caller, denied) = await AuthorizeAsync(authorization, department, ct);
        if (denied is not null) return denied;
        var view = await reader.DepartmentAsync(department!.Trim(), role, ct);
        logger.LogInformation("Readiness of {Department} read by {ObjectId}", view.Department, caller!.ObjectId);
        return ApiResult.Ok(ReadinessView.From(view));
    }

    public async Task<ApiResult> HistoryAsync(string? authorization, string? department, string? weeks, CancellationToken ct)
    {
        var (_, denied) = await AuthorizeAsync(authorization, department, ct);
        if (denied is not null) return denied;
        var count = DefaultWeeks;
        if (!string.IsNullOrWhiteSpace(weeks) && (!int.TryParse(weeks, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxWeeks))
            return ApiResult.BadRequest([new ApiError("weeks", $"must be a whole number from 1 to {MaxWeeks}, not '{weeks}'")]);
        var history = await reader.HistoryAsync(department!.Trim(), count, null, ct);
        return ApiResult.Ok(new { department = department.Trim(), weeks = count, snapshots = history });
    }

    private async Task<(ApiCaller? Caller, ApiResult? Denied)> AuthorizeAsync(string? authorization, string? department, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReadReadiness, ct);
        if (access.Caller is not { } caller) return (null, access.Denied);
        if (string.IsNullOrWhiteSpace(department))
            return (caller, ApiResult.BadRequest([new ApiError("department", "is required")]));
        if (!ReadinessAccess.MaySeeDepartment(caller.Person, department))
            return (caller, ApiResult.Forbidden("Managers see their own department's readiness; trainers see every department's."));
        return (caller, null);
    }
}
