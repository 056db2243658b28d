namespace DrillPlatform.Bot.Protocol;

/// <summary>The outcome of authenticating one inbound request: 200, 401 or 403 with a reason.</summary>
public sealed record AuthResult(bool Succeeded, int Status, string Reason)
{
    public static readonly AuthResult Success = new(true, 200, "Authenticated.");

    public static AuthResult Unauthorized(string reason) => new(false, 401, reason);
    public static AuthResult Forbidden(string reason) => new(false, 403, reason);
}
