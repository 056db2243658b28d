using System.Text.Json;

namespace DrillPlatform.Core.Api;

/// <summary>
/// A transport-free HTTP answer: both hosts write Status, the WWW-Authenticate header when set,
/// and JsonBody as ContentType (application/problem+json for every error, see <see cref="ApiProblem"/>),
/// or, when Download is set, its bytes as an attachment with its content type and file name.
/// </summary>
public sealed record ApiResult(int Status, object? Body)
{
    public string? WwwAuthenticate { get; init; }

    /// <summary>A file to download instead of a JSON body.</summary>
    public ApiDownload? Download { get; init; }

    public string ContentType => Download?.ContentType ?? (Status >= 400 ? ApiProblem.MediaType : "application/json") + "; charset=utf-8";

    public string? JsonBody => Body is null || Download is not null ? null : JsonSerializer.Serialize(Body, ApiJson.Options);

    public static ApiResult Ok(object body) => new(200, body);
    public static ApiResult Created(object body) => new(201, body);
    public static ApiResult Accepted(object body) => new(202, body);
    public static ApiResult NoContent() => new(204, null);
    public static ApiResult File(byte[] bytes, string contentType, string fileName) => new(200, null) { Download = new ApiDownload(bytes, contentType, fileName) };

    /// <summary>Any error answer; prefer the named ones below.</summary>
    public static ApiResult Problem(int status, string detail, IEnumerable<ApiError>? errors = null) =>
        new(status, ApiProblem.For(status, detail, errors));

    public static ApiResult NotFound(string what) => Problem(404, what);
    public static ApiResult Forbidden(string reason) => Problem(403, reason);

    public static ApiResult BadRequest(IEnumerable<ApiError> errors)
    {
        var list = errors.ToList();
        return Problem(400, string.Join("; ", list.Select(e => $"{e.Field} {e.Reason}")), list);
    }

    /// <summary>RFC 6750: a bare challenge when no token came, invalid_token when one did.</summary>
    public static ApiResult Unauthenticated(ApiTokenResult token) => token.Status == 401
        ? Problem(401, token.Reason) with { WwwAuthenticate = token.Missing ? "Bearer" : "Bearer error=\"invalid_token\"" }
        : Problem(token.Status, token.Reason);
}

/// <summary>A downloaded file: its bytes, media type and the name a browser saves it under (may hold Chinese: hosts send filename*).</summary>
public sealed record ApiDownload(byte[] Bytes, string ContentType, string FileName);
