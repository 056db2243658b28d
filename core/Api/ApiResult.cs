using System.Text.Json;

namespace DrillPlatform.Core.Api;

/// <summary>
/// A transport-free HTTP answer: both hosts write Status, the WWW-Authenticate header when set,
/// and JsonBody as ContentType (application/problem+json for every error, see <see cref="ApiProblem"/>).
/// </summary>
public sealed record ApiResult(int Status, object? Body)
{
    public string? WwwAuthenticate { get; init; }

    public string ContentType => (Status >= 400 ? ApiProblem.MediaType : "application/json") + "; charset=utf-8";

    public string? JsonBody => Body is null ? null : JsonSerializer.Serialize(Body, ApiJson.Options);

    public static ApiResult Ok(object body) => new(200, body);
    public static ApiResult Created(object body) => new(201, body);
    public static ApiResult Accepted(object body) => new(202, body);
    public static ApiResult NoContent() => new(204, null);

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
