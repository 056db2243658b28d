namespace DrillPlatform.Core.Sms;

/// <summary>ACS's answer for one recipient: a 202 can still carry a per-recipient failure.</summary>
public sealed record SmsSendResult(
    bool Successful,
    int HttpStatusCode,
    string? MessageId,
    string? ErrorMessage,
    string? RepeatabilityResult)
{
    public static readonly SmsSendResult NotConfigured =
        new(false, 0, null, "SMS is switched off: Sms:Endpoint is not configured", null);

    public string FailureReason => Successful ? "" : $"{HttpStatusCode}: {ErrorMessage ?? "no error message"}";
}
