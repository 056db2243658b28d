namespace DrillPlatform.Core.Drills.Model;

public enum CadenceKind
{
    Once,
    PerMonth,
    PerQuarter,
}

/// <summary>How many drills a schedule asks for per period; Once means one drill in the whole window.</summary>
public sealed record Cadence(CadenceKind Kind, int Count)
{
    public static Cadence Once { get; } = new(CadenceKind.Once, 1);

    public static Cadence PerMonth(int count) => new(CadenceKind.PerMonth, count);

    public static Cadence PerQuarter(int count) => new(CadenceKind.PerQuarter, count);

    public override string ToString() => Kind switch
    {
        CadenceKind.PerMonth => $"{Count} per month",
        CadenceKind.PerQuarter => $"{Count} per quarter",
        _ => "once",
    };
}
