namespace DrillPlatform.Core.Sms;

/// <summary>ACS: the text rendered from templates/sms/*.sbn; the repeatability id drops repeats.</summary>
public sealed class AcsSmsProvider(SmsTemplates templates, AcsSmsClient client) : ISmsProvider
{
    public bool DropsRepeats => true;

    public string Compose(string templateName, string? locale, object model) => templates.Render(templateName, locale, model);

    public Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken ct) => client.SendAsync(message, ct);
}
