using DrillPlatform.Core.Roster;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// Sends the SMS for a purpose key at most once: the outbox fixes its text and repeatability id on
/// the first call, a finished send is answered from the outbox, and an unfinished one is resent
/// with the same id so ACS drops the duplicate.
/// </summary>
public sealed partial class SmsSender(
    SmsTemplates templates, SmsOutboxStore outbox, AcsSmsClient client, IOptions<SmsOptions> options, ILogger<SmsSender> logger)
{
    public Task<SmsSendResult> SendOnceAsync(string key, StaffMember staff, string templateName, object model, CancellationToken ct = default) =>
        SendOnceAsync(key, SmsRecipient.From(staff), templateName, model, ct);

    public async Task<SmsSendResult> SendOnceAsync(string key, SmsRecipient recipient, string templateName, object model, CancellationToken ct = default)
    {
        if (!options.Value.Enabled)
            return SmsSendResult.NotConfigured;
        var text = templates.Render(templateName, recipient.Locale, model);
        var record = await outbox.GetOrCreateAsync(key, recipient.Phone, text, ct);
        if (record.Outcome is { } done)
        {
            LogAlreadyDone(key, PhoneMask.Mask(record.To), record.Status);
            return done;
        }

        var result = await client.SendAsync(record.ToMessage(), ct);
        if (result.Successful) await outbox.MarkSentAsync(record, result.MessageId, ct);
        else await outbox.MarkFailedAsync(record, result.FailureReason, ct);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {Key} to {To} is already {Status}; not sending again")]
    private partial void LogAlreadyDone(string key, string to, SmsOutboxStatus status);
}
