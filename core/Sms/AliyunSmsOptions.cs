using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// Sms:Aliyun, Alibaba Cloud SMS (SendSms, API version 2017-05-25). The AccessKey belongs to a RAM
/// user allowed dysms:SendSms; in Azure the secret is a Key Vault reference. The sign name and
/// template codes are content (templates/sms/aliyun.yaml), not settings.
/// </summary>
public sealed class AliyunSmsOptions
{
    public Uri Endpoint { get; set; } = new("https://dysmsapi.aliyuncs.com");

    public string? AccessKeyId { get; set; }

    public string? AccessKeySecret { get; set; }

    internal IEnumerable<ValidationResult> Validate()
    {
        if (string.IsNullOrWhiteSpace(AccessKeySecret))
            yield return new ValidationResult(
                "Sms:Aliyun:AccessKeySecret is required when Sms:Aliyun:AccessKeyId is set (in Azure a Key Vault reference).",
                ["Aliyun.AccessKeySecret"]);
        if (Endpoint.Scheme != Uri.UriSchemeHttps && !Endpoint.IsLoopback)
            yield return new ValidationResult(
                $"Sms:Aliyun:Endpoint '{Endpoint}' must be https (plain http only for a local sink).", ["Aliyun.Endpoint"]);
    }
}
