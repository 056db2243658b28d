namespace DrillPlatform.Core.Sms;

public enum SmsOutboxStatus
{
    /// <summary>Recorded; ACS may or may not have it yet. A retry resends with the same repeatability id.</summary>
    Pending,
    Sent,
    /// <summary>ACS refused this recipient (e.g. an invalid number); resending the same request cannot help.</summary>
    Failed,
}
