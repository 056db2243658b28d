using System.Net;
using DrillPlatform.Core.Sms.Aliyun;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrillPlatform.Tests.Sms;

/// <summary>The Alibaba Cloud SMS provider against the local sink, which checks the V3 signature.</summary>
[Trait("Category", "Unit")]
public class AliyunSmsTests
{
    private const string Phone = "+8613800000001";

    [Fact]
    public async Task Send_ThroughTheLocalSink_IsAcceptedAndTheHandsetShowsTheSignNameAndTheRegisteredText()
    {
        await using var server = await SmsTestServer.AliyunSinkAsync();

        var result = await TestAliyun.Provider(server.AliyunEndpoint).SendAsync(TestAliyun.Message(), CancellationToken.None);

        Assert.True(result.Successful, result.ErrorMessage);
        Assert.NotNull(result.MessageId);
        var sms = Assert.Single(server.Outbox.Messages);
        Assert.True(sms.Result.Successful);
        Assert.Equal(Phone, sms.To);
        Assert.StartsWith("【应急演练平台】【应急演练】", sms.Message);
        Assert.Contains("病案库房火灾", sms.Message);
        Assert.Contains("还剩 10 分钟", sms.Message);
        var request = Assert.Single(server.Requests);
        Assert.StartsWith(AliyunRequestSigner.Algorithm + " Credential=" + SmsTestServer.AliyunKeyId, request.Headers["Authorization"]);
        Assert.Equal("SendSms", request.Headers["x-acs-action"]);
    }

    [Fact]
    public async Task Send_SignedWithAnotherSecret_IsRefusedAsSignatureDoesNotMatchAndFailsNamingTheAccessKey()
    {
        await using var server = await SmsTestServer.AliyunSinkAsync();

        var result = await TestAliyun.Provider(server.AliyunEndpoint, secret: "not-the-secret").SendAsync(TestAliyun.Message(), CancellationToken.None);

        Assert.False(result.Successful);
        Assert.Equal(400, result.HttpStatusCode);
        Assert.StartsWith("SignatureDoesNotMatch: the AccessKey is wrong", result.ErrorMessage);
        Assert.Empty(server.Outbox.Messages);
    }

    [Fact]
    public async Task PostToTheSink_WithTheQueryChangedAfterSigning_IsRefusedAndTextsNobody()
    {
        await using var server = await SmsTestServer.AliyunSinkAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post,
            new Uri(server.AliyunEndpoint + "/?" + AliyunQuery.Build([new("PhoneNumbers", Phone), new("SignName", "应急演练平台"), new("TemplateCode", "SMS_100000001")])))
        { Content = new ByteArrayContent([]) };
        AliyunRequestSigner.Sign(request, [], "SendSms", "2017-05-25", SmsTestServer.AliyunKeyId, SmsTestServer.AliyunSecret,
            DateTimeOffset.UtcNow, Guid.NewGuid().ToString("N"));
        request.RequestUri = new Uri(request.RequestUri!.AbsoluteUri.Replace("13800000001", "13900000009", StringComparison.Ordinal));

        using var response = await new HttpClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("SignatureDoesNotMatch", body.RootElement.GetProperty("Code").GetString());
        Assert.Contains("signature does not match", body.RootElement.GetProperty("Message").GetString());
        Assert.Empty(server.Outbox.Messages);
    }

    [Fact]
    public async Task Send_WhenThrottledTwice_RetriesWithAFreshSignatureAndIsSentOnce()
    {
        await using var server = await SmsTestServer.AliyunSinkAsync(throttleFirst: 2);

        var result = await TestAliyun.Provider(server.AliyunEndpoint).SendAsync(TestAliyun.Message(), CancellationToken.None);

        Assert.True(result.Successful, result.ErrorMessage);
        var requests = server.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.Equal(3, requests.Select(r => r.Headers["x-acs-signature-nonce"]).Distinct().Count());
        Assert.Equal(1, server.Outbox.DeliveredTo(Phone));
    }

    [Fact]
    public async Task Send_WhenThrottledOnEveryAttempt_FailsWithTheCodeAndTheAttemptCount()
    {
        await using var server = await SmsTestServer.AliyunSinkAsync(throttleFirst: 100);

        var result = await TestAliyun.Provider(server.AliyunEndpoint, maxAttempts: 2).SendAsync(TestAliyun.Message(), CancellationToken.None);

        Assert.False(result.Successful);
        Assert.Equal(2, server.Requests.Count);
        Assert.StartsWith("still refused after 2 attempts, Throttling.User", result.ErrorMessage);
    }

    [Fact]
    public async Task Send_ToANumberThatIsNotAMainlandMobile_FailsWithTheReasonAndIsNotRetried()
    {
        await using var server = await SmsTestServer.AliyunSinkAsync();
        const string TooShort = "+86138000000";

        var result = await TestAliyun.Provider(server.AliyunEndpoint).SendAsync(TestAliyun.Message(TooShort), CancellationToken.None);

        Assert.False(result.Successful);
        Assert.Equal("isv.MOBILE_NUMBER_ILLEGAL: the mobile number is not valid for this SMS service", result.ErrorMessage);
        Assert.Single(server.Requests);
        Assert.False(Assert.Single(server.Outbox.Messages).Result.Successful);
    }

    [Fact]
    public async Task Send_WhenThePerNumberLimitIsReached_FailsWithTheReasonAndIsNotRetried()
    {
        // Notification limits are per number and day: a retry seconds later cannot succeed, so it is not made.
        await using var server = await SmsTestServer.ScriptedAsync((_, context) =>
            context.Response.WriteAsync("""{"Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"触发天级流控Permits:50","RequestId":"R1"}"""));

        var result = await TestAliyun.Provider(server.AliyunEndpoint).SendAsync(TestAliyun.Message(), CancellationToken.None);

        Assert.False(result.Successful);
        Assert.Single(server.Requests);
        Assert.Contains("isv.BUSINESS_LIMIT_CONTROL: the per-number frequency limit is reached", result.ErrorMessage);
    }

    [Fact]
    public async Task Send_WithATemplateCodeTheAccountDoesNotHave_FailsNamingTheContentFile()
    {
        await using var server = await SmsTestServer.AliyunSinkAsync();
        var content = new AliyunContent("应急演练平台", "SMS_999999999", new Dictionary<string, string> { ["scenario"] = "x", ["minutes"] = "1" });
        var message = TestAliyun.Message() with { Text = content.ToJson() };

        var result = await TestAliyun.Provider(server.AliyunEndpoint).SendAsync(message, CancellationToken.None);

        Assert.False(result.Successful);
        Assert.Contains("isv.SMS_TEMPLATE_ILLEGAL", result.ErrorMessage);
        Assert.Contains("templates/sms/aliyun.yaml", result.ErrorMessage);
    }
}

/// <summary>Exactly once through the same outbox, with a provider that cannot drop repeats.</summary>
[Trait("Category", "Storage")]
public class AliyunSmsSenderTests
{
    private const string Phone = "+8613800000001";

    [Fact]
    public async Task SendOnce_CalledTwiceForTheSameKey_TextsOnceThroughAlibabaCloud()
    {
        await using var server = await SmsTestServer.AliyunSinkAsync();
        var sender = await NewSenderAsync(server);
        var recipient = new SmsRecipient(Phone, "zh-CN");

        var results = await Task.WhenAll(
            Task.Run(() => sender.SendOnceAsync("drill:a1:p1", recipient, "drill-reminder", TestAliyun.Model)),
            Task.Run(() => sender.SendOnceAsync("drill:a1:p1", recipient, "drill-reminder", TestAliyun.Model)));
        var again = await sender.SendOnceAsync("drill:a1:p1", recipient, "drill-reminder", TestAliyun.Model);

        Assert.Equal(1, server.Outbox.DeliveredTo(Phone));
        Assert.Single(server.Requests);
        Assert.Contains(results, r => r.Successful);
        Assert.True(again.Successful);
    }

    [Fact]
    public async Task SendOnce_WhenTheAnswerWasLost_ClosesTheRecordAsFailedInsteadOfTextingTwice()
    {
        await using var server = await SmsTestServer.ScriptedAsync((_, context) =>
        {
            context.Response.StatusCode = 502; // a gateway error page without a SendSms Code: it may have been sent
            return Task.CompletedTask;
        });
        var sender = await NewSenderAsync(server);
        var recipient = new SmsRecipient(Phone, "en");

        await Assert.ThrowsAsync<SmsSendException>(() => sender.SendOnceAsync("drill:a2:p1", recipient, "drill-reminder", TestAliyun.Model));
        var retry = await sender.SendOnceAsync("drill:a2:p1", recipient, "drill-reminder", TestAliyun.Model);

        Assert.False(retry.Successful);
        Assert.Equal(SmsSender.OutcomeUnknown, retry.ErrorMessage);
        Assert.Single(server.Requests);
    }

    private static async Task<SmsSender> NewSenderAsync(SmsTestServer server)
    {
        var storage = await TestStorage.NewAsync();
        var outbox = new SmsOutboxStore(storage.Service, storage.Options, TimeProvider.System);
        var options = Microsoft.Extensions.Options.Options.Create(TestAliyun.Options(server.AliyunEndpoint));
        return new SmsSender(TestAliyun.Provider(server.AliyunEndpoint), outbox, options, NullLogger<SmsSender>.Instance);
    }
}
