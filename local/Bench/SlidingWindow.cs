using System.Diagnostics;

namespace DrillPlatform.Local.Bench;

/// <summary>At most Limit admissions in any window of the given length; not thread safe (the caller locks).</summary>
internal sealed class SlidingWindow(int limit, TimeSpan length)
{
    private readonly Queue<long> admitted = new();
    private readonly long window = (long)(length.TotalSeconds * Stopwatch.Frequency);

    /// <summary>Zero when a request fits now; otherwise how long until the oldest admission leaves the window.</summary>
    public TimeSpan WaitFor(long now)
    {
        while (admitted.Count > 0 && admitted.Peek() <= now - window) admitted.Dequeue();
        return admitted.Count < limit ? TimeSpan.Zero : TimeSpan.FromSeconds((double)(admitted.Peek() + window - now) / Stopwatch.Frequency);
    }

    public void Admit(long now) => admitted.Enqueue(now);

}
