using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Reports.Compliance;

namespace DrillPlatform.Core.Api;

/// <summary>
/// GET /api/reports/departments: what the report tab asks first, with the same token and roles as
/// the report itself. The caller's name and department (the tab's default) and the departments they
/// may open: a trainer every department on the roster, a manager their own. Staff get the 403 the
/// tab turns into its "for trainers and managers" message.
/// </summary>
public sealed class ReportTabApi(ApiGate gate, ComplianceSources sources)
{
    public async Task<ApiResult> DepartmentsAsync(string? authorization, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReadReports, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        var person = caller.Person;
        var departments = ReadinessAccess.MayNudge(person) ? await sources.DepartmentsAsync(ct) : [person.Department];
        return ApiResult.Ok(new
        {
            name = person.Name,
            department = person.Department,
            roles = person.Roles,
            departments,
        });
    }
}
