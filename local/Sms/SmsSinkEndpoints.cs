using Microsoft.AspNetCore.Http.Features;

namespace DrillPlatform.Local.Sms;

/// <summary>
/// The local stand-in for ACS SMS: the same POST /sms contract and HMAC check, so the platform's
/// real client runs unchanged against it; GET /sms/outbox shows what the phones received.
/// </summary>
public static class SmsSinkEndpoints
{
    /// <param name="showFullNumbers">Whether ?full=true may show whole numbers and texts: only in local
    /// mode (the dev issuer, no real bot), and then, like every dev surface, only to this machine.</param>
    public static WebApplication MapSmsSink(this WebApplication app, bool showFullNumbers = true)
    {
        var accessKey = app.Configuration.GetSection(SmsOptions.Section)[nameof(SmsOptions.AccessKey)];
        if (string.IsNullOrWhiteSpace(accessKey))
            throw new InvalidOperationException("The local SMS sink verifies signatures with Sms:AccessKey; set it (any base64 key) for the local host.");
        var time = app.Services.GetService<TimeProvider>() ?? TimeProvider.System;
        var outbox = app.Services.GetService<SmsOutbox>() ?? new SmsOutbox(time);

        app.MapPost("/sms", (Func<HttpContext, Task<IResult>>)(http => SendAsync(http, accessKey, time, outbox)));
        app.MapOutbox(outbox, showFullNumbers);
        return app;
    }

    private static async Task<IResult> SendAsync(HttpContext http, string accessKey, TimeProvider time, SmsOutbox outbox)
    {
        var request = http.Request;
        if (string.IsNullOrEmpty(request.Query["api-version"]))
            return Error(400, "MissingApiVersionParameter", "The api-version query parameter is required.");
        if (request.Query["api-version"] != AcsSmsClient.ApiVersion)
            return Error(400, "UnsupportedApiVersion", $"api-version '{request.Query["api-version"]}' is not supported; use {AcsSmsClient.ApiVersion}.");

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        var check = AcsRequestSigner.Verify(new SignedRequest(
            request.Method,
            http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString,
            request.Host.Value ?? "",
            request.Headers[AcsRequestSigner.DateHeader].FirstOrDefault(),
            request.Headers[AcsRequestSigner.ContentHashHeader].FirstOrDefault(),
            request.Headers.Authorization.FirstOrDefault(),
            body), accessKey, time.GetUtcNow());
        if (!check.IsValid) return Error(401, "Denied", $"Signature rejected: {check.Problem}.");

        SinkRequest parsed;
        try
        {
            parsed = SinkRequestParser.Parse(body);
        }
        catch (SinkRequestException e)
        {
            return Error(400, "InvalidRequest", e.Message);
        }
        var results = parsed.Recipients.Select(r => outbox.Accept(parsed, r)).ToList();
        return Results.Json(new { value = results }, statusCode: 202);
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
