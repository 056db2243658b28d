namespace DrillPlatform.Core.Sms;

/// <summary>The one SMS a purpose key (e.g. drill:{drillId}:{participantId}) may cause for a recipient.</summary>
public sealed record SmsOutboxRecord(
    string Key,
    string To,
    string Text,
    string RepeatabilityRequestId,
    DateTimeOffset RepeatabilityFirstSent,
    SmsOutboxStatus Status,
    string? MessageId,
    string? FailureReason,
    Azure.ETag ETag = default)
{
    public SmsMessage ToMessage() => new(To, Text, RepeatabilityRequestId, RepeatabilityFirstSent, Tag: Key);

    /// <summary>The stored outcome of a send that is already finished, so it is reported and not repeated.</summary>
    public SmsSendResult? Outcome => Status switch
    {
        SmsOutboxStatus.Sent => new SmsSendResult(true, 202, MessageId, null, "stored"),
        SmsOutboxStatus.Failed => new SmsSendResult(false, 0, null, FailureReason, "stored"),
        _ => null,
    };
}
