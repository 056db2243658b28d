namespace DrillPlatform.Core.Api;

/// <summary>
/// The same rule as bot/Protocol/SecureUrl, which core cannot reference: signing keys travel over
/// https, except from this machine (the local host's dev issuer and test servers).
/// </summary>
internal static class ApiMetadataUrl
{
    public static bool IsAcceptable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
