using System.Text.Json.Serialization;

namespace DrillPlatform.Core.Api;

/// <summary>
/// RFC 9457 problem details, the body of every 4xx/5xx the API answers: the status's title, a
/// detail the caller can act on, and for a 400 one <see cref="ApiError"/> per bad field.
/// </summary>
public sealed record ApiProblem(string Type, string Title, int Status, string Detail)
{
    public const string MediaType = "application/problem+json";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiError>? Errors { get; init; }

    public static ApiProblem For(int status, string detail, IEnumerable<ApiError>? errors = null) =>
        new("about:blank", TitleOf(status), status, detail) { Errors = errors?.ToList() };

    private static string TitleOf(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        503 => "Service Unavailable",
        _ => status >= 500 ? "Server Error" : "Client Error",
    };
}
