using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// SMS to non-responders through one provider (Provider). Acs: Azure Communication Services; with
/// AccessKey the requests are HMAC-signed (local sink, dev), without it the managed identity gets
/// an Entra token. Aliyun: Alibaba Cloud SMS for mainland China (the Aliyun section).
/// A provider without its sender (ACS: Endpoint and From; Aliyun: AccessKeyId) is switched off:
/// escalations are recorded as not sent, with that reason, and everything else works.
/// </summary>
public sealed class SmsOptions : IValidatableObject
{
    public const string Section = "Sms";

    public SmsProviderName Provider { get; set; } = SmsProviderName.Acs;

    public Uri? Endpoint { get; set; }

    public AliyunSmsOptions Aliyun { get; set; } = new();

    public bool Enabled => OffReason is null;

    /// <summary>Why SMS is off, naming the settings to fill in; null when it is on.</summary>
    public string? OffReason => Provider switch
    {
        SmsProviderName.None => "SMS is switched off (Sms:Provider is None)",
        SmsProviderName.Aliyun when string.IsNullOrWhiteSpace(Aliyun.AccessKeyId)
            => "SMS is switched off: Sms:Aliyun:AccessKeyId is not configured",
        SmsProviderName.Acs when Endpoint is null || string.IsNullOrWhiteSpace(From)
            => "SMS is switched off: Sms:Endpoint or Sms:From is not configured",
        _ => null,
    };

    /// <summary>An E.164 number the resource owns, or an alphanumeric sender id (1-11 characters, one letter at least).</summary>
    [RegularExpression(@"^(\+[1-9][0-9]{6,14}|(?=[A-Za-z0-9 ]*[A-Za-z])[A-Za-z0-9 ]{1,11})$",
        ErrorMessage = "Sms:From must be an E.164 number (+8613800000000) or an alphanumeric sender id of 1-11 characters.")]
    public string From { get; set; } = "";

    /// <summary>Base64 access key of the resource; leave empty in Azure to use the managed identity.</summary>
    public string? AccessKey { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Attempts per send, the first included, when ACS answers 429/5xx or the network fails.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>A Retry-After longer than this is cut short: an escalation SMS that waits minutes is late anyway.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Off until something receives ACS delivery reports (Event Grid).</summary>
    public bool EnableDeliveryReport { get; set; }

    /// <summary>The templates/sms folder; empty = found beside the app or above it.</summary>
    public string? TemplatesFolder { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Provider == SmsProviderName.Aliyun && Enabled ? Aliyun.Validate() : [];
}
