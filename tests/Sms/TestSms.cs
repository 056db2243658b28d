using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Sms;

/// <summary>Builds the real SMS client pointed at a test server.</summary>
public static class TestSms
{
    public const string From = "+18001110000";

    public static SmsOptions Options(Uri endpoint, int maxAttempts = 4) => new()
    {
        Endpoint = endpoint,
        From = From,
        AccessKey = SmsTestServer.AccessKey,
        MaxAttempts = maxAttempts,
        MaxRetryDelay = TimeSpan.FromSeconds(5),
    };

    public static AcsSmsClient Client(Uri endpoint, int maxAttempts = 4, ILogger<AcsSmsClient>? logger = null) =>
        new(new HttpClient(), Microsoft.Extensions.Options.Options.Create(Options(endpoint, maxAttempts)),
            new AccessKeyAuthenticator(SmsTestServer.AccessKey, TimeProvider.System), TimeProvider.System,
            logger ?? NullLogger<AcsSmsClient>.Instance);

    public static SmsMessage Message(string to = "+8613800000001") =>
        new(to, "Drill prompt waiting in Teams", Guid.NewGuid().ToString(), new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), "drill:d1:p1");
}
