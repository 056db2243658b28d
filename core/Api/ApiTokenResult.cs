namespace DrillPlatform.Core.Api;

/// <summary>
/// The outcome of reading a bearer token: the caller's Entra object id, or a status (401, or 503
/// when the issuer's keys cannot be loaded) and a reason safe to show (it never quotes the token).
/// </summary>
public sealed record ApiTokenResult(string? ObjectId, int Status, string Reason)
{
    public bool Succeeded => ObjectId is not null;

    /// <summary>No credentials at all: RFC 6750 says the challenge then carries no error code.</summary>
    public bool Missing { get; init; }

    public static ApiTokenResult Valid(string objectId) => new(objectId, 200, "Authenticated.");

    public static ApiTokenResult Unauthorized(string reason) => new(null, 401, reason);

    public static ApiTokenResult Unavailable(string reason) => new(null, 503, reason);
}
