using DrillPlatform.Core.Api.Requests;

namespace DrillPlatform.Functions.Api;

/// <summary>The HTTP edges every API function shares: the raw Authorization header, the bounded body, the answer.</summary>
internal static class ApiHttp
{
    public static string? Authorization(HttpRequest request) => ApiHeaders.Authorization(request.Headers.Authorization);

    public static Task<string> BodyAsync(HttpRequest request, CancellationToken ct) => ApiBody.ReadAsync(request.Body, ct);

    public static IActionResult Answer(HttpRequest request, ApiResult result)
    {
        if (result.WwwAuthenticate is { } challenge)
            request.HttpContext.Response.Headers.WWWAuthenticate = challenge;
        if (result.Download is { } file)
            return new FileContentResult(file.Bytes, file.ContentType) { FileDownloadName = file.FileName };
        return new ContentResult { StatusCode = result.Status, Content = result.JsonBody, ContentType = result.ContentType };
    }
}
