using System.Security.Cryptography;
using System.Text;

namespace DrillPlatform.Tests.Sms;

[Trait("Category", "Unit")]
public class AcsRequestSignerTests
{
    private const string Key = SmsTestServer.AccessKey; // base64 of "drillplatform-test-key-0123456789"
    private static readonly DateTimeOffset Date = new(2019, 4, 1, 6, 22, 3, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"from\":\"+18001110000\",\"message\":\"Hello world!\"}");

    [Fact]
    public void Sign_WhenGivenARequest_MatchesAnIndependentImplementationOfTheDocumentedAlgorithm()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://contoso.communication.azure.com:8443/sms?api-version=2021-03-07");

        AcsRequestSigner.Sign(request, Body, Key, Date);

        // The documented recipe, written out again without the signer's helpers.
        var date = "Mon, 01 Apr 2019 06:22:03 GMT";
        var hash = Convert.ToBase64String(SHA256.Create().ComputeHash(Body));
        var stringToSign = "POST" + "\n" + "/sms?api-version=2021-03-07" + "\n" + date + ";" + "contoso.communication.azure.com:8443" + ";" + hash;
        using var hmac = new HMACSHA256(Convert.FromBase64String(Key));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));

        Assert.Equal(date, request.Headers.GetValues("x-ms-date").Single());
        Assert.Equal(hash, request.Headers.GetValues("x-ms-content-sha256").Single());
        Assert.Equal($"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}", request.Headers.Authorization!.ToString());
    }

    [Fact]
    public void Sign_WithAKnownVector_ProducesTheSignatureOpenSslComputes()
    {
        // Expected values from: printf '%s' "$sts" | openssl dgst -sha256 -hmac 'drillplatform-test-key-0123456789' -binary | base64
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://contoso.communication.azure.com/sms?api-version=2021-03-07");

        AcsRequestSigner.Sign(request, Body, Key, Date);

        Assert.Equal("c9qpWt0/y3t/HtOY82GKFtl7GRTQiyGX9sGwWK3cB0o=", request.Headers.GetValues("x-ms-content-sha256").Single());
        Assert.EndsWith("&Signature=pKgZcPp49qSGwtaj/Wrj/sSMTgaX/tjg7p4UCPA5QYo=", request.Headers.Authorization!.Parameter);
    }

    [Fact]
    public void Verify_WhenRequestWasSignedWithTheSameKey_IsValid()
    {
        var check = AcsRequestSigner.Verify(Signed(Body), Key, Date.AddMinutes(1));

        Assert.True(check.IsValid, check.Problem);
    }

    [Fact]
    public void Verify_WhenBodyWasChangedAfterSigning_NamesTheContentHash()
    {
        var check = AcsRequestSigner.Verify(Signed(Body) with { Body = Encoding.UTF8.GetBytes("{}") }, Key, Date);

        Assert.False(check.IsValid);
        Assert.Contains("x-ms-content-sha256", check.Problem);
    }

    [Fact]
    public void Verify_WhenSignedWithAnotherKey_RejectsTheSignature()
    {
        var check = AcsRequestSigner.Verify(Signed(Body), Convert.ToBase64String(new byte[32]), Date);

        Assert.False(check.IsValid);
        Assert.Contains("signature does not match", check.Problem);
    }

    [Fact]
    public void Verify_WhenDateIsOutsideFifteenMinutes_RejectsTheRequest()
    {
        var check = AcsRequestSigner.Verify(Signed(Body), Key, Date.AddMinutes(16));

        Assert.False(check.IsValid);
        Assert.Contains("x-ms-date", check.Problem);
    }

    [Fact]
    public void Verify_WhenAuthorizationIsMissing_SaysSo()
    {
        var check = AcsRequestSigner.Verify(Signed(Body) with { Authorization = null }, Key, Date);

        Assert.False(check.IsValid);
        Assert.Contains("Authorization header is missing", check.Problem);
    }

    private static SignedRequest Signed(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:5000/sms?api-version=2021-03-07");
        AcsRequestSigner.Sign(request, body, Key, Date);
        return new SignedRequest("POST", "/sms?api-version=2021-03-07", "127.0.0.1:5000",
            request.Headers.GetValues("x-ms-date").Single(), request.Headers.GetValues("x-ms-content-sha256").Single(),
            request.Headers.Authorization!.ToString(), body);
    }
}
