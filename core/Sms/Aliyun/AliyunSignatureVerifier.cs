using System.Security.Cryptography;
using System.Text;

namespace DrillPlatform.Core.Sms.Aliyun;

/// <summary>The receiving side of <see cref="AliyunRequestSigner"/> (the local sink): each check names what is wrong.</summary>
public static class AliyunSignatureVerifier
{
    public static SignatureCheck Verify(string method, string path, string query, IReadOnlyDictionary<string, string?> headers,
        byte[] body, string accessKeyId, string accessKeySecret, DateTimeOffset now)
    {
        if (headers.GetValueOrDefault("authorization") is not { Length: > 0 } authorization)
            return SignatureCheck.Invalid("the Authorization header is missing");
        if (!TryParse(authorization, out var credential, out var signedHeaders, out var signature))
            return SignatureCheck.Invalid($"the Authorization header is not '{AliyunRequestSigner.Algorithm} Credential=...,SignedHeaders=...,Signature=...'");
        if (credential != accessKeyId)
            return SignatureCheck.Invalid("the AccessKey ID is not known");
        var missing = AliyunRequestSigner.SignedHeaderNames.Except(signedHeaders).ToList();
        if (missing.Count > 0)
            return SignatureCheck.Invalid($"SignedHeaders lacks {string.Join(", ", missing)}");

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in signedHeaders)
        {
            if (headers.GetValueOrDefault(name) is not { } value) return SignatureCheck.Invalid($"the signed header {name} is missing");
            values[name] = value;
        }
        if (!DateTimeOffset.TryParseExact(values["x-acs-date"], AliyunRequestSigner.DateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var date))
            return SignatureCheck.Invalid("x-acs-date is not yyyy-MM-ddTHH:mm:ssZ");
        if ((now - date).Duration() > AliyunRequestSigner.MaxClockSkew)
            return SignatureCheck.Invalid("x-acs-date is more than 15 minutes from the server's clock");
        if (!Equal(AliyunRequestSigner.Hex(SHA256.HashData(body)), values["x-acs-content-sha256"]))
            return SignatureCheck.Invalid("x-acs-content-sha256 does not match the body");

        var expected = AliyunRequestSigner.Signature(accessKeySecret, AliyunRequestSigner.CanonicalRequest(method, path, query, values));
        return Equal(expected, signature)
            ? SignatureCheck.Valid
            : SignatureCheck.Invalid("the signature does not match (wrong secret, or the method, path, query or headers changed)");
    }

    private static bool TryParse(string header, out string credential, out string[] signedHeaders, out string signature)
    {
        credential = signature = "";
        signedHeaders = [];
        var prefix = AliyunRequestSigner.Algorithm + " ";
        if (!header.StartsWith(prefix, StringComparison.Ordinal)) return false;
        foreach (var part in header[prefix.Length..].Split(','))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) return false;
            var (name, value) = (part[..eq].Trim(), part[(eq + 1)..].Trim());
            if (name == "Credential") credential = value;
            else if (name == "SignedHeaders") signedHeaders = value.Split(';');
            else if (name == "Signature") signature = value;
        }
        return credential.Length > 0 && signedHeaders.Length > 0 && signature.Length > 0;
    }

    private static bool Equal(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
