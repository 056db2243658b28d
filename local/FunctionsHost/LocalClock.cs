namespace DrillPlatform.Local.FunctionsHost;

/// <summary>
/// The local host's time: real time plus an offset a trainer can advance from the emulator page,
/// so a surprise drill scheduled for tomorrow can be watched firing now.
/// </summary>
public sealed class LocalClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
