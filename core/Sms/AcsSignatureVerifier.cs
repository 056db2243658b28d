using System.Security.Cryptography;

namespace DrillPlatform.Core.Sms;

/// <summary>The receiving side of <see cref="AcsRequestSigner"/>: each check names what is wrong.</summary>
internal static class AcsSignatureVerifier
{
    public static SignatureCheck Verify(SignedRequest request, string accessKey, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.Authorization))
            return SignatureCheck.Invalid("the Authorization header is missing");
        if (!TryParseAuthorization(request.Authorization, out var signedHeaders, out var signature))
            return SignatureCheck.Invalid($"the Authorization header is not '{AcsRequestSigner.Scheme} SignedHeaders=...&Signature=...'");
        if (!string.Equals(signedHeaders, AcsRequestSigner.SignedHeaders, StringComparison.OrdinalIgnoreCase))
            return SignatureCheck.Invalid($"SignedHeaders must be '{AcsRequestSigner.SignedHeaders}'");

        if (string.IsNullOrWhiteSpace(request.Date))
            return SignatureCheck.Invalid($"the {AcsRequestSigner.DateHeader} header is missing");
        if (!DateTimeOffset.TryParseExact(request.Date, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return SignatureCheck.Invalid($"{AcsRequestSigner.DateHeader} is not an RFC 1123 date");
        if ((now - date).Duration() > AcsRequestSigner.MaxClockSkew)
            return SignatureCheck.Invalid($"{AcsRequestSigner.DateHeader} is more than {AcsRequestSigner.MaxClockSkew.TotalMinutes} minutes from the server's clock");

        if (string.IsNullOrWhiteSpace(request.ContentHash))
            return SignatureCheck.Invalid($"the {AcsRequestSigner.ContentHashHeader} header is missing");
        if (!FixedTimeEquals(AcsRequestSigner.ContentHash(request.Body), request.ContentHash))
            return SignatureCheck.Invalid($"{AcsRequestSigner.ContentHashHeader} does not match the body");

        var expected = AcsRequestSigner.Signature(accessKey,
            AcsRequestSigner.StringToSign(request.Method, request.PathAndQuery, request.Date, request.Host, request.ContentHash));
        return FixedTimeEquals(expected, signature)
            ? SignatureCheck.Valid
            : SignatureCheck.Invalid("the signature does not match (wrong key, or the method, path, host or headers changed)");
    }

    private static bool TryParseAuthorization(string header, out string signedHeaders, out string signature)
    {
        signedHeaders = signature = "";
        var prefix = AcsRequestSigner.Scheme + " ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var part in header[prefix.Length..].Split('&'))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) return false;
            var (name, value) = (part[..eq].Trim(), part[(eq + 1)..].Trim());
            if (name.Equals("SignedHeaders", StringComparison.OrdinalIgnoreCase)) signedHeaders = value;
            else if (name.Equals("Signature", StringComparison.OrdinalIgnoreCase)) signature = value;
        }
        return signedHeaders.Length > 0 && signature.Length > 0;
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(a), System.Text.Encoding.ASCII.GetBytes(b));
}
