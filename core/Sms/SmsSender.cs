namespace DrillPlatform.Core.Sms;

/// <summary>
/// Sends the SMS for a purpose key at most once: the outbox fixes its content and repeatability id
/// on the first call, and a finished send is answered from the outbox. An unfinished one is resent
/// with the same id when the provider drops repeats (ACS); otherwise (Alibaba Cloud, no
/// idempotency) the record is claimed before the one send, and a claimed record whose answer was
/// lost is closed as failed with that reason instead of risking a second text.
/// </summary>
public sealed partial class SmsSender(
    ISmsProvider provider, SmsOutboxStore outbox, IOptions<SmsOptions> options, ILogger<SmsSender> logger)
{
    public const string OutcomeUnknown =
        "outcome unknown: an earlier attempt may have been sent and the provider cannot drop a repeat, so it was not resent";

    public Task<SmsSendResult> SendOnceAsync(string key, StaffMember staff, string templateName, object model, CancellationToken ct = default) =>
        SendOnceAsync(key, SmsRecipient.From(staff), templateName, model, ct);

    public async Task<SmsSendResult> SendOnceAsync(string key, SmsRecipient recipient, string templateName, object model, CancellationToken ct = default)
    {
        if (options.Value.OffReason is { } off)
            return SmsSendResult.Off(off);
        var content = provider.Compose(templateName, recipient.Locale, model);
        var record = await outbox.GetOrCreateAsync(key, recipient.Phone, content, ct);
        if (record.Outcome is { } done)
        {
            LogAlreadyDone(key, PhoneMask.Mask(record.To), record.Status);
            return done;
        }
        if (!provider.DropsRepeats && await ClaimAsync(record, ct) is { } unsent)
            return unsent;

        var result = await provider.SendAsync(record.ToMessage(), ct);
        if (result.Successful) await outbox.MarkSentAsync(record, result.MessageId, ct);
        else await outbox.MarkFailedAsync(record, result.FailureReason, ct);
        return result;
    }

    // Null when this caller now owns the one send; otherwise the result to report instead.
    private async Task<SmsSendResult?> ClaimAsync(SmsOutboxRecord record, CancellationToken ct)
    {
        if (record.Status == SmsOutboxStatus.Sending)
        {
            LogOutcomeUnknown(record.Key, PhoneMask.Mask(record.To));
            await outbox.MarkFailedAsync(record, OutcomeUnknown, ct);
            return new SmsSendResult(false, 0, null, OutcomeUnknown, "stored");
        }
        return await outbox.TryClaimAsync(record, ct)
            ? null
            : new SmsSendResult(false, 0, null, "another attempt is sending this SMS", "claimed");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {Key} to {To} is already {Status}; not sending again")]
    private partial void LogAlreadyDone(string key, string to, SmsOutboxStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS {Key} to {To} was claimed by an attempt whose answer was lost; closing it as failed, not resending")]
    private partial void LogOutcomeUnknown(string key, string to);
}
