namespace DrillPlatform.Core.Drills.Planning;

/// <summary>What the planner decided for one schedule, department and day, and why, in words a trainer reads.</summary>
public sealed record PlanDecision(Drill? Drill, int Seed, string Explanation)
{
    public bool Planned => Drill is not null;
}
