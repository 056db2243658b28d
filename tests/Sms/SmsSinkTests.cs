using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace DrillPlatform.Tests.Sms;

[Trait("Category", "Unit")]
public class SmsSinkTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task PostSms_WithASignatureFromAnotherKey_Returns401AndSendsNothing()
    {
        await using var server = await SmsTestServer.SinkAsync();

        using var response = await PostAsync(server, Body(Guid.NewGuid()), key: Convert.ToBase64String(new byte[32]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("signature does not match", await response.Content.ReadAsStringAsync());
        Assert.Empty(server.Outbox.Messages);
    }

    [Fact]
    public async Task PostSms_WithoutASignature_Returns401()
    {
        await using var server = await SmsTestServer.SinkAsync();

        using var response = await Http.PostAsync(new Uri(server.BaseUri, "/sms?api-version=2021-03-07"),
            new StringContent(Body(Guid.NewGuid()), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Authorization header is missing", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostSms_WithoutApiVersion_Returns400()
    {
        await using var server = await SmsTestServer.SinkAsync();

        using var response = await PostAsync(server, Body(Guid.NewGuid()), path: "/sms");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("api-version", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostSms_WithABadRecipientNumber_Returns400NamingTheField()
    {
        await using var server = await SmsTestServer.SinkAsync();

        using var response = await PostAsync(server, Body(Guid.NewGuid(), to: "13800000001"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("smsRecipients[0].to", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostSms_RepeatedWithTheSameRepeatabilityId_ReturnsTheFirstResultAndTextsOnce()
    {
        await using var server = await SmsTestServer.SinkAsync();
        var body = Body(Guid.NewGuid());

        var first = await ResultAsync(await PostAsync(server, body));
        var repeat = await ResultAsync(await PostAsync(server, body));

        Assert.True(first.GetProperty("successful").GetBoolean());
        Assert.Equal(first.GetProperty("messageId").GetString(), repeat.GetProperty("messageId").GetString());
        Assert.Equal(1, server.Outbox.DeliveredTo("+8613800000001"));
    }

    [Fact]
    public async Task PostSms_ToANumberEndingIn0000_AnswersA202WithAFailedRecipient()
    {
        await using var server = await SmsTestServer.SinkAsync();

        using var response = await PostAsync(server, Body(Guid.NewGuid(), to: "+8613800000000"));
        var result = await ResultAsync(response);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(result.GetProperty("successful").GetBoolean());
        Assert.Equal(400, result.GetProperty("httpStatusCode").GetInt32());
    }

    [Fact]
    public async Task GetOutbox_ShowsNumbersMaskedUnlessFullIsAsked()
    {
        await using var server = await SmsTestServer.SinkAsync();
        await PostAsync(server, Body(Guid.NewGuid()));

        var masked = await Http.GetFromJsonAsync<JsonElement>(new Uri(server.BaseUri, "/sms/outbox"));
        var full = await Http.GetFromJsonAsync<JsonElement>(new Uri(server.BaseUri, "/sms/outbox?full=true"));

        Assert.Equal("+86*******0001", masked[0].GetProperty("to").GetString());
        Assert.Equal("+8613800000001", full[0].GetProperty("to").GetString());
        Assert.Equal("Drill prompt waiting", masked[0].GetProperty("message").GetString());
    }

    private static string Body(Guid id, string to = "+8613800000001") => JsonSerializer.Serialize(new
    {
        from = TestSms.From,
        smsRecipients = new[] { new { to, repeatabilityRequestId = id.ToString(), repeatabilityFirstSent = AcsRequestSigner.FormatDate(DateTimeOffset.UtcNow) } },
        message = "Drill prompt waiting",
    });

    private static Task<HttpResponseMessage> PostAsync(SmsTestServer server, string body, string path = "/sms?api-version=2021-03-07", string key = SmsTestServer.AccessKey)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUri, path)) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        AcsRequestSigner.Sign(request, bytes, key, DateTimeOffset.UtcNow);
        return Http.SendAsync(request);
    }

    private static async Task<JsonElement> ResultAsync(HttpResponseMessage response)
    {
        using (response)
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value")[0];
    }
}
