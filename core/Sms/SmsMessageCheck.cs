namespace DrillPlatform.Core.Sms;

internal static class SmsMessageCheck
{
    public static void ThrowIfInvalid(SmsMessage message)
    {
        if (!PhoneNumbers.IsE164(message.To))
            throw new ArgumentException($"SmsMessage.To ({PhoneMask.Mask(message.To)}) is not an E.164 number such as +8613800000000.", nameof(message));
        if (string.IsNullOrWhiteSpace(message.Text))
            throw new ArgumentException("SmsMessage.Text is empty.", nameof(message));
        if (!Guid.TryParse(message.RepeatabilityRequestId, out _))
            throw new ArgumentException("SmsMessage.RepeatabilityRequestId must be a GUID.", nameof(message));
    }
}
