using DrillPlatform.Core.Api;
using DrillPlatform.Core.Api.Requests;

namespace DrillPlatform.Local;

/// <summary>The platform HTTP API on the local host: the same DrillsApi handlers the Functions app runs.</summary>
public static class ApiEndpoints
{
    /// <summary>
    /// Registers the API. With the local dev issuer and no Api:* settings, API tokens are the dev
    /// issuer's user tokens (GET /dev/token?as=...): its issuer, its metadata, audience DevAppId.
    /// </summary>
    public static void AddPlatformApi(this WebApplicationBuilder builder, LocalDevelopment development)
    {
        if (development.Issuer is { } issuer && string.IsNullOrEmpty(builder.Configuration["Api:OpenIdMetadataUrl"]))
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Api:Audience"] = LocalDevelopment.DevAppId,
                ["Api:Issuer"] = issuer.Issuer,
                ["Api:OpenIdMetadataUrl"] = builder.Configuration["Bot:OpenIdMetadataUrl"],
            });
        }
        builder.Services.AddApi(builder.Configuration);
    }

    public static void MapPlatformApi(this WebApplication app)
    {
        var api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapPost(ApiRoutes.Schedules, async (HttpContext c, DrillsApi h) =>
            await WriteAsync(c, await h.CreateScheduleAsync(Authorization(c), await ApiBody.ReadAsync(c.Request.Body, c.RequestAborted), c.RequestAborted)));
        api.MapGet(ApiRoutes.Schedules, async (HttpContext c, DrillsApi h) =>
            await WriteAsync(c, await h.ListSchedulesAsync(Authorization(c), c.RequestAborted)));
        api.MapDelete(ApiRoutes.Schedule, async (HttpContext c, string id, DrillsApi h) =>
            await WriteAsync(c, await h.DeleteScheduleAsync(Authorization(c), id, c.RequestAborted)));
        api.MapPost(ApiRoutes.Drills, async (HttpContext c, DrillsApi h) =>
            await WriteAsync(c, await h.LaunchDrillAsync(Authorization(c), await ApiBody.ReadAsync(c.Request.Body, c.RequestAborted), c.RequestAborted)));
        api.MapGet(ApiRoutes.Drill, async (HttpContext c, string id, DrillsApi h) =>
            await WriteAsync(c, await h.GetDrillAsync(Authorization(c), id, c.RequestAborted)));
        api.MapGet(ApiRoutes.EquipmentChecks, async (HttpContext c, string id, ChecksApi h) =>
            await WriteAsync(c, await h.EquipmentChecksAsync(Authorization(c), id, c.RequestAborted)));
        api.MapGet(ApiRoutes.Checks, async (HttpContext c, string? status, ChecksApi h) =>
            await WriteAsync(c, await h.ChecksAsync(Authorization(c), status, c.RequestAborted)));
        api.MapGet(ApiRoutes.DrillReview, async (HttpContext c, string id, ReviewApi h) =>
            await WriteAsync(c, await h.GetAsync(Authorization(c), id, c.RequestAborted)));
        api.MapPost(ApiRoutes.DrillFindings, async (HttpContext c, string id, ReviewApi h) =>
            await WriteAsync(c, await h.AddFindingAsync(Authorization(c), id, await ApiBody.ReadAsync(c.Request.Body, c.RequestAborted), c.RequestAborted)));
        api.MapPost(ApiRoutes.CorrectiveActions, async (HttpContext c, ReviewApi h) =>
            await WriteAsync(c, await h.AddActionAsync(Authorization(c), await ApiBody.ReadAsync(c.Request.Body, c.RequestAborted), c.RequestAborted)));
        api.MapPost(ApiRoutes.CorrectiveActionClose, async (HttpContext c, string id, ReviewApi h) =>
            await WriteAsync(c, await h.CloseActionAsync(Authorization(c), id, await ApiBody.ReadAsync(c.Request.Body, c.RequestAborted), c.RequestAborted)));
        api.MapGet(ApiRoutes.ReportDepartments, async (HttpContext c, ReportTabApi h) =>
            await WriteAsync(c, await h.DepartmentsAsync(Authorization(c), c.RequestAborted)));
        api.MapGet(ApiRoutes.ComplianceReport, async (HttpContext c, string? department, string? from, string? to, string? format, ReportsApi h) =>
            await WriteAsync(c, await h.ComplianceAsync(Authorization(c), department, from, to, format, c.RequestAborted)));
        api.MapGet("/readiness", async (HttpContext c, string? department, string? role, ReadinessApi h) =>
            await WriteAsync(c, await h.DepartmentAsync(Authorization(c), department, role, c.RequestAborted)));
        api.MapGet("/readiness/history", async (HttpContext c, string? department, string? weeks, ReadinessApi h) =>
            await WriteAsync(c, await h.HistoryAsync(Authorization(c), department, weeks, c.RequestAborted)));
    }

    private static string? Authorization(HttpContext context) => ApiHeaders.Authorization(context.Request.Headers.Authorization);

    private static async Task WriteAsync(HttpContext context, ApiResult result)
    {
        context.Response.StatusCode = result.Status;
        if (result.WwwAuthenticate is { } challenge)
            context.Response.Headers.WWWAuthenticate = challenge;
        if (result.Download is { } file)
        {
            context.Response.ContentType = file.ContentType;
            var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(file.FileName); // filename (ASCII) and filename* (UTF-8)
            context.Response.Headers.ContentDisposition = disposition.ToString();
            await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
            return;
        }
        if (result.JsonBody is { } json)
        {
            context.Response.ContentType = result.ContentType;
            await context.Response.WriteAsync(json, context.RequestAborted);
        }
    }
}
