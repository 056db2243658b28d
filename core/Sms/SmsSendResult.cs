namespace DrillPlatform.Core.Sms;

/// <summary>The provider's answer for one recipient (an ACS 202 can still carry a per-recipient failure).</summary>
public sealed record SmsSendResult(
    bool Successful,
    int HttpStatusCode,
    string? MessageId,
    string? ErrorMessage,
    string? RepeatabilityResult)
{
    /// <summary>Not sent because SMS is off; the reason names the settings to fill in.</summary>
    public static SmsSendResult Off(string reason) => new(false, 0, null, reason, null);

    public string FailureReason => Successful ? "" : $"{HttpStatusCode}: {ErrorMessage ?? "no error message"}";
}
