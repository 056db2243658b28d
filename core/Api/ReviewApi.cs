using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Roster;

namespace DrillPlatform.Core.Api;

/// <summary>
/// GET /api/drills/{id}/review: the drill's after-action record with its findings and corrective
/// actions, for trainers (any department) and the managers of the drill's department.
/// </summary>
public sealed class ReviewApi(ApiGate gate, DrillReviews reviews)
{
    public async Task<ApiResult> GetAsync(string? authorization, string id, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReadReports, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        var drill = await reviews.DrillAsync(id, ct);
        if (drill is null) return ApiResult.NotFound($"No drill has the id '{id}'.");
        if (!ReportAccess.MaySee(caller.Person, drill.Department)) return ApiResult.Forbidden(ReportAccess.Refusal);
        if (await reviews.GetAsync(drill, ct) is not { } review)
            return ApiResult.Problem(409, $"Drill '{id}' is {drill.Status.ToString().ToLowerInvariant()}: its record is written when it closes.");
        return ApiResult.Ok(review);
    }
}
