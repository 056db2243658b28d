namespace DrillPlatform.Core.Sms;

/// <summary>HMAC signing with the resource's access key; a retry is signed afresh with the current date.</summary>
public sealed class AccessKeyAuthenticator(string accessKey, TimeProvider time) : IAcsRequestAuthenticator
{
    private readonly string accessKey = AcsRequestSigner.DecodeKey(accessKey) is { Length: > 0 }
        ? accessKey
        : throw new ArgumentException("The ACS access key is empty.", nameof(accessKey));

    public ValueTask AuthenticateAsync(HttpRequestMessage request, byte[] body, CancellationToken ct)
    {
        AcsRequestSigner.Sign(request, body, accessKey, time.GetUtcNow());
        return ValueTask.CompletedTask;
    }
}
