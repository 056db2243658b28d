using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// The ACS access-key scheme: HMAC-SHA256, keyed with the base64-decoded access key, over
/// "VERB\npath?query\ndate;host;content-hash". The date and body hash travel as headers because
/// the service recomputes both. Pure: the caller supplies the time.
/// </summary>
public static class AcsRequestSigner
{
    public const string Scheme = "HMAC-SHA256";
    public const string DateHeader = "x-ms-date";
    public const string ContentHashHeader = "x-ms-content-sha256";
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    /// <summary>How far x-ms-date may be from the receiver's clock, as ACS allows.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    public static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, string accessKey, DateTimeOffset date)
    {
        var uri = request.RequestUri is { IsAbsoluteUri: true } u
            ? u
            : throw new ArgumentException("The request needs an absolute RequestUri to be signed.", nameof(request));
        var dateText = FormatDate(date);
        var hash = ContentHash(body);
        var signature = Signature(accessKey, StringToSign(request.Method.Method, uri.PathAndQuery, dateText, uri.Authority, hash));

        request.Headers.Remove(DateHeader);
        request.Headers.Remove(ContentHashHeader);
        request.Headers.TryAddWithoutValidation(DateHeader, dateText);
        request.Headers.TryAddWithoutValidation(ContentHashHeader, hash);
        request.Headers.Authorization = new AuthenticationHeaderValue(Scheme, $"SignedHeaders={SignedHeaders}&Signature={signature}");
    }

    public static string FormatDate(DateTimeOffset date) => date.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);

    public static string ContentHash(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    public static string StringToSign(string method, string pathAndQuery, string date, string host, string contentHash) =>
        $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{date};{host};{contentHash}";

    public static string Signature(string accessKey, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(DecodeKey(accessKey), Encoding.UTF8.GetBytes(stringToSign)));

    public static SignatureCheck Verify(SignedRequest request, string accessKey, DateTimeOffset now) =>
        AcsSignatureVerifier.Verify(request, accessKey, now);

    internal static byte[] DecodeKey(string accessKey)
    {
        try
        {
            return Convert.FromBase64String(accessKey);
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The ACS access key is not valid base64.", nameof(accessKey), e);
        }
    }
}
