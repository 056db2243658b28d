using DrillPlatform.Core.Sms.Aliyun;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrillPlatform.Tests.Sms;

/// <summary>Builds the real Alibaba Cloud SMS client and provider pointed at a test server.</summary>
public static class TestAliyun
{
    public static readonly SmsTemplates SmsTexts = new(Path.Combine(AzuriteFixture.RepoRoot, "templates", "sms"));
    public static readonly AliyunTemplates Templates = new(Path.Combine(AzuriteFixture.RepoRoot, "templates", "sms"), SmsTexts.Names);
    public static readonly object Model = new { ScenarioTitle = "病案库房火灾", MinutesLeft = 10 };

    public static SmsOptions Options(Uri endpoint, int maxAttempts = 4, string secret = SmsTestServer.AliyunSecret) => new()
    {
        Provider = SmsProviderName.Aliyun,
        Aliyun = new AliyunSmsOptions { Endpoint = endpoint, AccessKeyId = SmsTestServer.AliyunKeyId, AccessKeySecret = secret },
        MaxAttempts = maxAttempts,
        MaxRetryDelay = TimeSpan.FromSeconds(5),
    };

    public static AliyunSmsProvider Provider(Uri endpoint, int maxAttempts = 4, string secret = SmsTestServer.AliyunSecret,
        ILogger<AliyunSmsClient>? logger = null) =>
        new(Templates, new AliyunSmsClient(new HttpClient(), Microsoft.Extensions.Options.Options.Create(Options(endpoint, maxAttempts, secret)),
            TimeProvider.System, logger ?? NullLogger<AliyunSmsClient>.Instance));

    public static SmsMessage Message(string to = "+8613800000001", string locale = "zh-CN") =>
        new(to, Templates.Compose("drill-reminder", locale, Model).ToJson(), Guid.NewGuid().ToString(),
            new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), "drill:d1:p1");
}
