using System.Net;

namespace DrillPlatform.Core.Sms;

/// <summary>When to try again: the service's Retry-After if it gave one, else a short doubling backoff.</summary>
internal static class SmsRetryDelay
{
    public static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public static TimeSpan From(HttpResponseMessage response, int attempt, TimeSpan max, DateTimeOffset now)
    {
        var asked = RetryAfterMs(response) ?? response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (asked is null) return Backoff(attempt, max);
        return asked.Value < TimeSpan.Zero ? TimeSpan.Zero : asked.Value > max ? max : asked.Value;
    }

    public static TimeSpan Backoff(int attempt, TimeSpan max)
    {
        var delay = TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1));
        return delay > max ? max : delay;
    }

    // Azure services also send the finer-grained retry-after-ms.
    private static TimeSpan? RetryAfterMs(HttpResponseMessage response) =>
        response.Headers.TryGetValues("retry-after-ms", out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms)
            : null;
}
