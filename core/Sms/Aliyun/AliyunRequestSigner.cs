using System.Security.Cryptography;
using System.Text;

namespace DrillPlatform.Core.Sms.Aliyun;

/// <summary>
/// Alibaba Cloud's V3 request signature (ACS3-HMAC-SHA256), which replaces the discontinued V2
/// (HMAC-SHA1 over the query). The canonical request is method, path, sorted and percent-encoded
/// query, the signed headers (host, x-acs-*), their names, and the body's SHA-256; the signature
/// is the hex HMAC-SHA256, keyed with the AccessKey secret, of the algorithm and that request's
/// hash. Pure: the caller supplies the time and nonce.
/// </summary>
public static class AliyunRequestSigner
{
    public const string Algorithm = "ACS3-HMAC-SHA256";
    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    /// <summary>The x-acs-* headers every request carries and signs (with host).</summary>
    public static readonly string[] SignedHeaderNames =
        ["host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"];

    public static void Sign(HttpRequestMessage request, byte[] body, string action, string version,
        string accessKeyId, string accessKeySecret, DateTimeOffset date, string nonce)
    {
        var uri = request.RequestUri!;
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = uri.Authority,
            ["x-acs-action"] = action,
            ["x-acs-content-sha256"] = Hex(SHA256.HashData(body)),
            ["x-acs-date"] = date.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["x-acs-signature-nonce"] = nonce,
            ["x-acs-version"] = version,
        };
        var signature = Signature(accessKeySecret, CanonicalRequest(request.Method.Method, uri.AbsolutePath, uri.Query, headers));
        foreach (var (name, value) in headers.Where(h => h.Key != "host"))
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
        request.Headers.TryAddWithoutValidation("Authorization",
            $"{Algorithm} Credential={accessKeyId},SignedHeaders={string.Join(';', headers.Keys)},Signature={signature}");
    }

    public static string CanonicalRequest(string method, string path, string query, IReadOnlyDictionary<string, string> signedHeaders) =>
        string.Join('\n',
            method.ToUpperInvariant(),
            path.Length == 0 ? "/" : path,
            AliyunQuery.Canonical(query),
            string.Concat(signedHeaders.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}:{h.Value.Trim()}\n")),
            string.Join(';', signedHeaders.Keys.Order(StringComparer.Ordinal)),
            signedHeaders["x-acs-content-sha256"]);

    public static string Signature(string accessKeySecret, string canonicalRequest)
    {
        var stringToSign = $"{Algorithm}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        return Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(accessKeySecret), Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
