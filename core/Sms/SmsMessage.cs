namespace DrillPlatform.Core.Sms;

/// <summary>
/// One SMS to one recipient. The repeatability pair is generated once and stored (SmsOutboxStore),
/// so every retry carries the same values and ACS sends the message at most once. Tag comes back
/// in delivery reports.
/// </summary>
public sealed record SmsMessage(
    string To,
    string Text,
    string RepeatabilityRequestId,
    DateTimeOffset RepeatabilityFirstSent,
    string? Tag = null);
