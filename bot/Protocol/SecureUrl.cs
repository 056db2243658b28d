using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Keys and bearer tokens only travel over https; plain http is allowed for loopback hosts so the
/// local host and tests can serve metadata and play the connector without certificates.
/// </summary>
internal static class SecureUrl
{
    public static bool TryParse(string? value, [NotNullWhen(true)] out Uri? uri, out string reason)
    {
        uri = null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp))
        {
            reason = $"'{value}' is not an absolute http(s) URL.";
            return false;
        }
        if (parsed.Scheme == Uri.UriSchemeHttp && !IsLoopback(parsed))
        {
            reason = $"'{value}' must use https (plain http is allowed only for 127.0.0.1, ::1 and localhost).";
            return false;
        }
        uri = parsed;
        reason = "";
        return true;
    }

    public static Uri Require(string? value, string what) =>
        TryParse(value, out var uri, out var reason)
            ? uri
            : throw new InvalidOperationException($"{what} {reason}");

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.IdnHost, out var ip) && IPAddress.IsLoopback(ip));
}
