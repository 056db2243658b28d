using System.Net;

namespace DrillPlatform.Core.Sms;

/// <summary>Turns a refused request into an exception whose message says what to fix.</summary>
internal static class SmsFailures
{
    public static SmsSendException For(HttpStatusCode status, string detail, int attempts) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new SmsSendException(
            $"ACS refused the credentials ({(int)status}): {detail}. Check Sms:AccessKey, or the managed identity's role on the Communication Services resource.",
            status),
        HttpStatusCode.BadRequest => new SmsSendException($"ACS rejected the SMS request as malformed (400): {detail}", status),
        _ when SmsRetryDelay.IsRetryable(status) => new SmsSendException(
            $"ACS still answered {(int)status} after {attempts} attempts: {detail}", status),
        _ => new SmsSendException($"ACS answered {(int)status}: {detail}", status),
    };
}
