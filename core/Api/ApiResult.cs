using System.Text.Json;

namespace DrillPlatform.Core.Api;

/// <summary>
/// A transport-free HTTP answer: both hosts write Status, the WWW-Authenticate header when set,
/// and JsonBody as application/json.
/// </summary>
public sealed record ApiResult(int Status, object? Body)
{
    public string? WwwAuthenticate { get; init; }

    public string? JsonBody => Body is null ? null : JsonSerializer.Serialize(Body, ApiJson.Options);

    public static ApiResult Ok(object body) => new(200, body);
    public static ApiResult Created(object body) => new(201, body);
    public static ApiResult Accepted(object body) => new(202, body);
    public static ApiResult NoContent() => new(204, null);
    public static ApiResult NotFound(string what) => new(404, new { error = what });
    public static ApiResult Forbidden(string reason) => new(403, new { error = reason });
    public static ApiResult BadRequest(IEnumerable<ApiError> errors) => new(400, new { errors = errors.ToList() });

    /// <summary>RFC 6750: a bare challenge when no token came, invalid_token when one did.</summary>
    public static ApiResult Unauthenticated(ApiTokenResult token) => token.Status == 401
        ? new(401, new { error = token.Reason }) { WwwAuthenticate = token.Missing ? "Bearer" : "Bearer error=\"invalid_token\"" }
        : new(token.Status, new { error = token.Reason });
}
