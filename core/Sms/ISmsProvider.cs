namespace DrillPlatform.Core.Sms;

/// <summary>
/// One SMS service behind SmsSender. Compose fixes what is sent (stored in the outbox, so every
/// retry sends the same); Send delivers it to one recipient.
/// </summary>
public interface ISmsProvider
{
    /// <summary>True when the service itself drops a repeat of the same outbox record (ACS's
    /// repeatability id). Otherwise SmsSender claims the record first and never sends it twice.</summary>
    bool DropsRepeats { get; }

    string Compose(string templateName, string? locale, object model);

    Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken ct);
}
