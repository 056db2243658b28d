namespace DrillPlatform.Core.Drills.Runtime.Pacing;

/// <summary>
/// A token bucket kept as one number, the theoretical arrival time (GCRA): a caller reserves the
/// earliest instant it may send and waits until then. Reservations are handed out in order, so
/// concurrent callers queue up at exactly the configured rate instead of retrying against it.
/// With burst 1 sends are spaced 1/rate apart, so no one-second window holds more than the rate.
/// </summary>
public sealed class TokenBucket
{
    private readonly long interval;
    private readonly long tolerance;
    private readonly Lock gate = new();
    private long theoretical;

    public TokenBucket(double perSecond, int burst = 1)
    {
        if (!(perSecond > 0) || double.IsInfinity(perSecond))
            throw new ArgumentOutOfRangeException(nameof(perSecond), perSecond, "A rate must be a positive number of requests per second.");
        if (burst < 1) throw new ArgumentOutOfRangeException(nameof(burst), burst, "A burst must be at least 1.");
        interval = (long)Math.Ceiling(TimeSpan.TicksPerSecond / perSecond); // rounded up: never faster than asked
        tolerance = interval * (burst - 1);
    }

    public TimeSpan Interval => TimeSpan.FromTicks(interval);

    /// <summary>Takes the next token; returns how long to wait from <paramref name="now"/> before using it.</summary>
    public TimeSpan Reserve(DateTimeOffset now)
    {
        var at = now.UtcTicks;
        lock (gate)
        {
            var start = Math.Max(at, theoretical - tolerance);
            theoretical = Math.Max(theoretical, start) + interval;
            return TimeSpan.FromTicks(start - at);
        }
    }

    /// <summary>True when the bucket is full again at <paramref name="now"/>, so forgetting it changes nothing.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (gate) return theoretical <= now.UtcTicks;
    }
}
