namespace DrillPlatform.Core.Drills.Planning;

/// <summary>
/// SplitMix64. System.Random's seeded sequence is an implementation detail of the runtime; a drill's
/// recorded seed must replay to the same decision after any upgrade, so the generator is ours.
/// </summary>
internal sealed class SeededRandom(long seed)
{
    private ulong state = (ulong)seed;

    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public int NextInt(int exclusiveMax) => (int)(NextDouble() * exclusiveMax);

    private ulong Next()
    {
        state += 0x9E3779B97F4A7C15;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
