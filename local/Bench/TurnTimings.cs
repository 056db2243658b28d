using System.Collections.Concurrent;
using System.Diagnostics;

namespace DrillPlatform.Local.Bench;

/// <summary>Server-side time of every POST /api/messages, from request start to response end.</summary>
public sealed class TurnTimings
{
    private readonly ConcurrentBag<double> milliseconds = [];

    public void Middleware(WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path != "/api/messages")
        {
            await next(context);
            return;
        }
        var start = Stopwatch.GetTimestamp();
        await next(context);
        milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    });

    public void Clear() => milliseconds.Clear();

    public (int Count, double P50, double P99) Summary()
    {
        var sorted = milliseconds.Order().ToArray();
        return (sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
