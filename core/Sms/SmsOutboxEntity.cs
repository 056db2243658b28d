using Azure;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// Row of {prefix}SmsOutbox. PartitionKey = purpose key, RowKey = recipient (E.164): the pair that
/// must cause at most one SMS. The number is stored here because the send needs it; it is never logged.
/// </summary>
internal sealed class SmsOutboxEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Text { get; set; } = "";
    public string RepeatabilityRequestId { get; set; } = "";
    public DateTimeOffset RepeatabilityFirstSent { get; set; }
    public string Status { get; set; } = nameof(SmsOutboxStatus.Pending);
    public string? MessageId { get; set; }
    public string? FailureReason { get; set; }

    public SmsOutboxRecord ToRecord() => new(
        PartitionKey, RowKey, Text, RepeatabilityRequestId, RepeatabilityFirstSent,
        Enum.Parse<SmsOutboxStatus>(Status), MessageId, FailureReason, ETag);
}
