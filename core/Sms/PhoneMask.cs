namespace DrillPlatform.Core.Sms;

/// <summary>
/// The only form of a phone number that may reach a log: country code and last four digits, so a
/// person can be told apart without the number being readable.
/// </summary>
public static class PhoneMask
{
    public static string Mask(string? e164)
    {
        if (string.IsNullOrEmpty(e164)) return "(none)";
        // Too short to keep anything and still hide most of it.
        if (e164.Length < 8) return new string('*', e164.Length);
        const int head = 3, tail = 4;
        return string.Concat(e164.AsSpan(0, head), new string('*', e164.Length - head - tail), e164.AsSpan(e164.Length - tail));
    }
}
