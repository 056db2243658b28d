using System.Net;
using Microsoft.AspNetCore.Http;

namespace DrillPlatform.Tests.Sms;

[Trait("Category", "Unit")]
public class AcsSmsClientTests
{
    private const string Accepted = """{"value":[{"to":"+8613800000001","messageId":"Outgoing_1","httpStatusCode":202,"repeatabilityResult":"accepted","successful":true}]}""";

    [Fact]
    public async Task SendAsync_When429WithRetryAfterThen202_RetriesOnceWithTheSameRepeatabilityIdsAfterTheDelay()
    {
        await using var server = await SmsTestServer.ScriptedAsync((n, context) =>
        {
            if (n == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            }
            context.Response.StatusCode = 202;
            return context.Response.WriteAsync(Accepted);
        });

        var result = await TestSms.Client(server.BaseUri).SendAsync(TestSms.Message());

        Assert.True(result.Successful);
        Assert.Equal("Outgoing_1", result.MessageId);
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(requests[0].Body, requests[1].Body);
        var first = requests[0].Json.GetProperty("smsRecipients")[0];
        var second = requests[1].Json.GetProperty("smsRecipients")[0];
        Assert.Equal(first.GetProperty("repeatabilityRequestId").GetString(), second.GetProperty("repeatabilityRequestId").GetString());
        Assert.Equal(first.GetProperty("repeatabilityFirstSent").GetString(), second.GetProperty("repeatabilityFirstSent").GetString());
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), "Retry-After: 1 was not honoured");
    }

    [Fact]
    public async Task SendAsync_Always_PostsTheDocumentedBodyToTheSmsPathSigned()
    {
        await using var server = await SmsTestServer.ScriptedAsync((_, context) =>
        {
            context.Response.StatusCode = 202;
            return context.Response.WriteAsync(Accepted);
        });
        var message = TestSms.Message();

        await TestSms.Client(server.BaseUri).SendAsync(message);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/sms?api-version=2021-03-07", request.PathAndQuery);
        var json = request.Json;
        Assert.Equal(TestSms.From, json.GetProperty("from").GetString());
        Assert.Equal(message.Text, json.GetProperty("message").GetString());
        var recipient = json.GetProperty("smsRecipients")[0];
        Assert.Equal(message.To, recipient.GetProperty("to").GetString());
        Assert.Equal(message.RepeatabilityRequestId, recipient.GetProperty("repeatabilityRequestId").GetString());
        Assert.Equal("Sat, 01 Mar 2025 08:00:00 GMT", recipient.GetProperty("repeatabilityFirstSent").GetString());
        Assert.Equal("drill:d1:p1", json.GetProperty("smsSendOptions").GetProperty("tag").GetString());
        var check = AcsRequestSigner.Verify(new SignedRequest("POST", request.PathAndQuery, server.BaseUri.Authority,
            request.Headers["x-ms-date"], request.Headers["x-ms-content-sha256"], request.Headers["Authorization"], request.Body),
            SmsTestServer.AccessKey, DateTimeOffset.UtcNow);
        Assert.True(check.IsValid, check.Problem);
    }

    [Fact]
    public async Task SendAsync_When401_ThrowsNamingTheCredentialsWithoutRetrying()
    {
        await using var server = await SmsTestServer.ScriptedAsync((_, context) =>
        {
            context.Response.StatusCode = 401;
            return context.Response.WriteAsync("""{"error":{"code":"Denied","message":"Denied by the resource provider."}}""");
        });

        var error = await Assert.ThrowsAsync<SmsSendException>(() => TestSms.Client(server.BaseUri).SendAsync(TestSms.Message()));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("credentials", error.Message);
        Assert.Contains("Denied by the resource provider", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_When400_ThrowsWithTheServiceReasonWithoutRetrying()
    {
        await using var server = await SmsTestServer.ScriptedAsync((_, context) =>
        {
            context.Response.StatusCode = 400;
            return context.Response.WriteAsync("""{"error":{"code":"InvalidRequest","message":"from is required"}}""");
        });

        var error = await Assert.ThrowsAsync<SmsSendException>(() => TestSms.Client(server.BaseUri).SendAsync(TestSms.Message()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("InvalidRequest: from is required", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_When503Persists_GivesUpAfterTheConfiguredAttempts()
    {
        await using var server = await SmsTestServer.ScriptedAsync((_, context) =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "0";
            return Task.CompletedTask;
        });

        var error = await Assert.ThrowsAsync<SmsSendException>(() => TestSms.Client(server.BaseUri, maxAttempts: 3).SendAsync(TestSms.Message()));

        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("after 3 attempts", error.Message);
    }

    [Fact]
    public async Task SendAsync_When202CarriesAFailedRecipient_ReturnsTheFailureWithoutThrowing()
    {
        await using var server = await SmsTestServer.ScriptedAsync((_, context) =>
        {
            context.Response.StatusCode = 202;
            return context.Response.WriteAsync(
                """{"value":[{"to":"+8613800000001","httpStatusCode":400,"successful":false,"errorMessage":"Invalid To phone number format."}]}""");
        });

        var result = await TestSms.Client(server.BaseUri).SendAsync(TestSms.Message());

        Assert.False(result.Successful);
        Assert.Equal(400, result.HttpStatusCode);
        Assert.Equal("400: Invalid To phone number format.", result.FailureReason);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_WhenNumberIsNotE164_ThrowsBeforeSending()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            TestSms.Client(new Uri("http://127.0.0.1:9")).SendAsync(TestSms.Message("13800000001")));

        Assert.Contains("E.164", error.Message);
        Assert.DoesNotContain("13800000001", error.Message);
    }
}
