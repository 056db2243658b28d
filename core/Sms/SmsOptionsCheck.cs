namespace DrillPlatform.Core.Sms;

internal static class SmsOptionsCheck
{
    public const string BadAccessKeyMessage = "Sms:AccessKey is not valid base64; copy the resource's key as shown in the portal.";

    public static bool AccessKeyIsBase64(SmsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AccessKey)) return true;
        var buffer = new byte[options.AccessKey.Length];
        return Convert.TryFromBase64String(options.AccessKey, buffer, out var written) && written > 0;
    }
}
