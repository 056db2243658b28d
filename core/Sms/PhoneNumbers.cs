using System.Text.RegularExpressions;

namespace DrillPlatform.Core.Sms;

public static partial class PhoneNumbers
{
    public static bool IsE164(string? value) => value is not null && E164().IsMatch(value);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
