using DrillPlatform.Core.Api.Requests;
using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Review;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Core.Api;

/// <summary>
/// A drill's after-action review over HTTP. GET /api/drills/{id}/review: trainers (any department)
/// and the managers of the drill's department. Findings and corrective actions (POST) and closing
/// an action with a note: trainers only. A drill has a review once it has closed (409 before).
/// </summary>
public sealed class ReviewApi(ApiGate gate, DrillReviews reviews, CorrectiveActionStore actions, CorrectiveActionClosing closing,
    RosterStore roster, SiteCalendar calendar, TimeProvider time, IServiceProvider services)
{
    public async Task<ApiResult> GetAsync(string? authorization, string? id, CancellationToken ct)
    {
        var (_, drill, denied) = await ClosedDrillAsync(authorization, Permission.ReadReports, id, ct);
        if (denied is not null) return denied;
        return ApiResult.Ok((await reviews.GetAsync(drill!, ct))!);
    }

    public async Task<ApiResult> AddFindingAsync(string? authorization, string? id, string? body, CancellationToken ct)
    {
        var (caller, drill, denied) = await ClosedDrillAsync(authorization, Permission.ReviewDrills, id, ct);
        if (denied is not null) return denied;
        var errors = new List<ApiError>();
        var request = JsonFields.Parse(body, errors) is { } fields ? FindingRequest.Read(fields) : null;
        if (request is null || errors.Count > 0) return ApiResult.BadRequest(errors);
        var finding = await Writer.AddFindingAsync(caller!.Person, drill!, request.Kind, request.Observation, request.Cause, ct);
        return ApiResult.Created(finding);
    }

    public async Task<ApiResult> AddActionAsync(string? authorization, string? body, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReviewDrills, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        var errors = new List<ApiError>();
        var request = JsonFields.Parse(body, errors) is { } fields ? CorrectiveActionRequest.Read(fields, calendar.LocalDate(time.GetUtcNow())) : null;
        if (request is null) return ApiResult.BadRequest(errors);

        var drill = await reviews.DrillAsync(request.DrillId, ct);
        if (drill is not null && await reviews.RecordAsync(drill, ct) is null)
            errors.Add(new ApiError("drillId", $"drill '{request.DrillId}' has not closed yet; review it after its close"));
        else if (drill is null && request.DrillId.Length > 0) errors.Add(new ApiError("drillId", $"no drill has the id '{request.DrillId}'"));
        var owner = request.Owner.Length == 0 ? null
            : request.Owner.Contains('@') ? await roster.FindByEmailAsync(request.Owner, ct) : await roster.GetAsync(request.Owner, ct);
        if (owner is null && request.Owner.Length > 0) errors.Add(new ApiError("owner", $"'{request.Owner}' is not on the roster"));
        if (drill is not null && request.FindingId.Length > 0 && !(await reviews.FindingsAsync(drill.Id, ct)).Any(f => f.Id == request.FindingId))
            errors.Add(new ApiError("findingId", $"drill '{drill.Id}' has no finding '{request.FindingId}'"));
        if (errors.Count > 0) return ApiResult.BadRequest(errors);
        if (!ReportAccess.MaySee(caller.Person, drill!.Department)) return ApiResult.Forbidden(ReportAccess.Refusal);

        var (action, reached) = await Writer.AddActionAsync(caller.Person, drill, request.FindingId, request.What, owner!, request.DueDate, request.VerifyByDrill, ct);
        return ApiResult.Created(new { action, ownerNotified = reached });
    }

    public async Task<ApiResult> CloseActionAsync(string? authorization, string? id, string? body, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReviewDrills, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        if (string.IsNullOrWhiteSpace(id) || await actions.FindAsync(id, ct) is not { } action) return ApiResult.NotFound($"No corrective action '{id}'.");
        var errors = new List<ApiError>();
        var request = JsonFields.Parse(body, errors) is { } fields ? CloseActionRequest.Read(fields) : null;
        if (request is null || errors.Count > 0) return ApiResult.BadRequest(errors);
        if (action.Status == CorrectiveActionStatus.Closed) return ApiResult.Problem(409, $"Corrective action '{id}' is already closed.");
        return await closing.CloseAsync(action, caller.ObjectId, request.Note, ct) is { } closed
            ? ApiResult.Ok(closed)
            : ApiResult.Problem(409, $"Corrective action '{id}' changed while it was being closed; read it again.");
    }

    // The notifier comes from the bot; resolved when a write needs it, so reading reviews works without one.
    private ReviewWriter Writer => services.GetRequiredService<ReviewWriter>();

    private async Task<(ApiCaller? Caller, Drill? Drill, ApiResult? Denied)> ClosedDrillAsync(string? authorization, Permission permission, string? id, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, permission, ct);
        if (access.Caller is not { } caller) return (null, null, access.Denied);
        var drill = await reviews.DrillAsync(id, ct);
        if (drill is null || SurpriseSecrecy.HiddenFrom(caller, drill)) return (caller, null, ApiResult.NotFound($"No drill has the id '{id}'."));
        if (!ReportAccess.MaySee(caller.Person, drill.Department)) return (caller, drill, ApiResult.Forbidden(ReportAccess.Refusal));
        if (await reviews.RecordAsync(drill, ct) is null)
            return (caller, drill, ApiResult.Problem(409, $"Drill '{id}' is {drill.Status.ToString().ToLowerInvariant()}: its record is written when it closes."));
        return (caller, drill, null);
    }
}
