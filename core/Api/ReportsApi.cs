using DrillPlatform.Core.Api.Requests;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Compliance;
using DrillPlatform.Core.Reports.Exports;

namespace DrillPlatform.Core.Api;

/// <summary>
/// GET /api/reports/compliance?department=&amp;from=&amp;to=&amp;format=json|csv|xlsx|pdf: the compliance
/// matrix of a department and period, computed from roll-ups and drill records. Trainers read any
/// department, managers their own, staff are refused (403). Every bad or missing parameter is a
/// 400 naming it; a department nobody on the roster is in is a 400 listing the known ones (for a
/// manager, any department but their own is a 403 first: the list of departments is not theirs to read).
/// </summary>
public sealed class ReportsApi(ApiGate gate, ComplianceSources sources, ComplianceMatrix matrix, ComplianceExports exports, ILogger<ReportsApi> logger)
{
    public async Task<ApiResult> ComplianceAsync(string? authorization, string? department, string? from, string? to, string? format, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReadReports, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        var errors = new List<ApiError>();
        if (ComplianceQuery.Read(department, from, to, format, errors) is not { } query) return ApiResult.BadRequest(errors);
        if (!ReportAccess.MaySee(caller.Person, query.Department)) return ApiResult.Forbidden(ReportAccess.Refusal);

        var input = await sources.ReadAsync(query.Department, query.From, query.To, ct);
        if (input.People.Count == 0)
            return ApiResult.BadRequest([new ApiError("department", $"'{query.Department}' has nobody on the roster; known: {string.Join(", ", await sources.DepartmentsAsync(ct))}")]);
        var report = matrix.Build(input);
        logger.LogInformation("Compliance report of {Department} {From}..{To} ({Format}) read by {ObjectId}", query.Department, query.From, query.To, query.Format, caller.ObjectId);
        if (query.Format == ReportFormat.Json) return ApiResult.Ok(report);
        try
        {
            var file = exports.Export(report, query.Format)!;
            return ApiResult.File(file.Bytes, file.ContentType, $"compliance-{FileSafe(query.Department)}-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}.{file.Extension}");
        }
        catch (ReportFontUnavailableException e)
        {
            logger.LogError("PDF export refused: {Reason}", e.Message);
            return ApiResult.Problem(503, e.Message);
        }
    }

    private static string FileSafe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
