namespace DrillPlatform.Core.Sms;

/// <summary>Puts credentials on a request that is about to go to ACS; called again for every retry.</summary>
public interface IAcsRequestAuthenticator
{
    ValueTask AuthenticateAsync(HttpRequestMessage request, byte[] body, CancellationToken ct);
}
