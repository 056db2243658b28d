namespace DrillPlatform.Core.Sms;

/// <summary>What a receiver saw of a request: enough to check its HMAC signature without a web framework.</summary>
public sealed record SignedRequest(
    string Method,
    string PathAndQuery,
    string Host,
    string? Date,
    string? ContentHash,
    string? Authorization,
    byte[] Body);

public sealed record SignatureCheck(bool IsValid, string? Problem)
{
    public static readonly SignatureCheck Valid = new(true, null);
    public static SignatureCheck Invalid(string problem) => new(false, problem);
}
