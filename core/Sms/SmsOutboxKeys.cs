namespace DrillPlatform.Core.Sms;

internal static class SmsOutboxKeys
{
    // Characters Azure Tables does not allow in PartitionKey/RowKey.
    private static readonly char[] Forbidden = ['/', '\\', '#', '?'];

    public static void ThrowIfInvalid(string key, string to)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 512 || key.IndexOfAny(Forbidden) >= 0 || key.Any(char.IsControl))
            throw new ArgumentException($"SMS purpose key '{key}' must be 1-512 characters without / \\ # ? or control characters.", nameof(key));
        if (!PhoneNumbers.IsE164(to))
            throw new ArgumentException($"SMS recipient {PhoneMask.Mask(to)} is not an E.164 number such as +8613800000000.", nameof(to));
    }
}
