using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DrillPlatform.Core.Api.Requests;
using DrillPlatform.Core.Api.Views;
using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Core.Api;

/// <summary>
/// The schedules and drills API, free of any HTTP stack: each handler takes the raw Authorization
/// header (and body or id) and returns the status and body both hosts write. Trainers may do
/// everything, managers may read, staff and strangers nothing. Bad input is a 400 or 404, never a 500.
/// </summary>
public sealed partial class DrillsApi(
    ApiGate gate,
    ApiReferences references,
    ScheduleStore schedules,
    DrillStore drills,
    ParticipantStore participants,
    DrillLauncher launcher,
    RosterStore roster,
    TimeProvider time,
    ILogger<DrillsApi> logger)
{
    public async Task<ApiResult> CreateScheduleAsync(string? authorization, string? body, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ManageDrills, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        var errors = new List<ApiError>();
        var schedule = JsonFields.Parse(body, errors) is { } fields
            ? ScheduleRequest.Read(fields, caller.ObjectId, time.GetUtcNow(), RandomNumberGenerator.GetInt32(int.MaxValue))
            : null;
        if (schedule is null) return ApiResult.BadRequest(errors);
        await references.CheckAsync(schedule.ScenarioId, schedule.Audience, errors, ct);
        if (errors.Count > 0) return ApiResult.BadRequest(errors);

        await schedules.CreateAsync(schedule, ct);
        logger.LogInformation("Schedule {ScheduleId} of {ScenarioId} created by {ObjectId}", schedule.Id, schedule.ScenarioId, caller.ObjectId);
        return ApiResult.Created(ScheduleView.From(schedule));
    }

    public async Task<ApiResult> ListSchedulesAsync(string? authorization, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReadDrills, ct);
        if (access.Caller is null) return access.Denied!;
        return ApiResult.Ok((await schedules.ListAsync(ct)).Select(ScheduleView.From).ToList());
    }

    /// <summary>Deletes the schedule and cancels its still-planned drills; drills already launched run to their close.</summary>
    public async Task<ApiResult> DeleteScheduleAsync(string? authorization, string? id, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ManageDrills, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        if (!IsId(id)) return ApiResult.NotFound($"No schedule '{id}'.");

        var deleted = await schedules.DeleteAsync(id, ct);
        // Also on a 404: a retry after a crash between the two steps still cancels the leftovers.
        var cancelled = await drills.CancelPlannedAsync(id, time.GetUtcNow(), ct);
        if (!deleted) return ApiResult.NotFound($"No schedule '{id}'.");
        logger.LogInformation("Schedule {ScheduleId} deleted by {ObjectId}; {Count} planned drills cancelled", id, caller.ObjectId, cancelled);
        return ApiResult.Ok(new { id, cancelledDrills = cancelled });
    }

    public async Task<ApiResult> LaunchDrillAsync(string? authorization, string? body, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ManageDrills, ct);
        if (access.Caller is not { } caller) return access.Denied!;
        var errors = new List<ApiError>();
        var request = JsonFields.Parse(body, errors) is { } fields ? LaunchRequest.Read(fields) : null;
        if (request is null) return ApiResult.BadRequest(errors);
        await references.CheckAsync(request.ScenarioId, request.Audience, errors, ct);
        if (errors.Count > 0) return ApiResult.BadRequest(errors);

        try
        {
            var drill = await launcher.LaunchNowAsync(request.ScenarioId, request.Audience, caller.ObjectId, time.GetUtcNow(),
                request.ResponseDeadlineMinutes, request.EscalationDelayMinutes, ct);
            return ApiResult.Accepted(new { id = drill.Id });
        }
        catch (DrillLaunchUnavailableException e)
        {
            logger.LogWarning(e.InnerException, "Drill of {ScenarioId} requested by {ObjectId} could not be stored", request.ScenarioId, caller.ObjectId);
            return ApiResult.Problem(503, "Storage is unavailable: the drill was not launched. Try again in a minute.");
        }
    }

    public async Task<ApiResult> GetDrillAsync(string? authorization, string? id, CancellationToken ct)
    {
        var access = await gate.AuthorizeAsync(authorization, Permission.ReadDrills, ct);
        if (access.Caller is null) return access.Denied!;
        if (!IsId(id) || await drills.GetAsync(id, ct) is not { } drill || SurpriseSecrecy.HiddenFrom(access.Caller, drill))
            return ApiResult.NotFound($"No drill '{id}'.");

        var names = (await roster.ListAsync(null, ct)).ToDictionary(p => p.ObjectId, p => p.Name, StringComparer.OrdinalIgnoreCase);
        var people = (await participants.ListAsync(drill.Id, ct))
            .Select(p => new ParticipantView(p.PersonId, names.GetValueOrDefault(p.PersonId), p.Status, p.Reason, p.PromptedAt, p.AnsweredAt, p.Score))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return ApiResult.Ok(DrillView.From(drill, people));
    }

    // Schedule and drill ids are letters, digits and dashes; anything else cannot name one and
    // must not reach a table key (where '/', '#', '?' are a 400 from the service, i.e. our 500).
    private static bool IsId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9-]{1,128}$")]
    private static partial Regex IdPattern();
}
