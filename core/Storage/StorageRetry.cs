using System.Diagnostics;
using System.Net.Sockets;
using Azure;

namespace DrillPlatform.Core.Storage;

/// <summary>
/// For the write that records something already done outside storage (a prompt or a summary sent).
/// Lost to a storage outage, it would let the claim expire and a later run do the thing again, so
/// it is tried again while storage is unreachable, for as long as the caller's claim still holds.
/// </summary>
public static class StorageRetry
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(4);

    public static async Task<T> WhileUnreachableAsync<T>(Func<Task<T>> write, TimeSpan budget, CancellationToken ct)
    {
        var elapsed = Stopwatch.StartNew();
        var pause = FirstPause;
        while (true)
        {
            try
            {
                return await write();
            }
            catch (Exception e) when (!ct.IsCancellationRequested && IsUnreachable(e) && elapsed.Elapsed + pause < budget)
            {
                await Task.Delay(pause, ct);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
            }
        }
    }

    /// <summary>What the storage clients throw once their own retries are spent on a service that is not answering.</summary>
    public static bool IsUnreachable(Exception e) => e switch
    {
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsUnreachable),
        RequestFailedException failed => failed.Status is 0 or 408 or >= 500,
        HttpRequestException or IOException or SocketException or OperationCanceledException => true,
        _ => false,
    };
}
