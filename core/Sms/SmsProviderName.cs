namespace DrillPlatform.Core.Sms;

/// <summary>Sms:Provider. ACS cannot text mainland China; Aliyun (Alibaba Cloud SMS) can.</summary>
public enum SmsProviderName
{
    Acs,
    Aliyun,
    None,
}
