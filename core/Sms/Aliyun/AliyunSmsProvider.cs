namespace DrillPlatform.Core.Sms.Aliyun;

/// <summary>Alibaba Cloud SMS: registered templates filled with variables; SendSms cannot drop a repeat.</summary>
public sealed class AliyunSmsProvider(AliyunTemplates templates, AliyunSmsClient client) : ISmsProvider
{
    public bool DropsRepeats => false;

    public string Compose(string templateName, string? locale, object model) => templates.Compose(templateName, locale, model).ToJson();

    public Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken ct) => client.SendAsync(message, ct);
}
