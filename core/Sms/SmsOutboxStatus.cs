namespace DrillPlatform.Core.Sms;

public enum SmsOutboxStatus
{
    /// <summary>Recorded; ACS may or may not have it yet. A retry resends with the same repeatability id.</summary>
    Pending,
    /// <summary>Claimed for its one send by a provider that cannot drop repeats (Alibaba Cloud).</summary>
    Sending,
    Sent,
    /// <summary>ACS refused this recipient (e.g. an invalid number); resending the same request cannot help.</summary>
    Failed,
}
