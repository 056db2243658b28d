namespace DrillPlatform.Core.Drills.Planning;

/// <param name="DepartmentDrills">Drills of any schedule already planned for the department around LocalDate (cancelled ones are ignored).</param>
/// <param name="NotBefore">When planning late in the day, the earliest instant a drill may still be placed.</param>
public sealed record PlanRequest(
    DrillSchedule Schedule,
    string Department,
    DateOnly LocalDate,
    IReadOnlyList<Drill> DepartmentDrills,
    int Seed,
    DateTimeOffset? NotBefore = null);
