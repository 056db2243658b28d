using DrillPlatform.Core.Drills;

namespace DrillPlatform.Core.Api;

/// <summary>
/// A planned drill is a surprise to everyone in its audience, managers included: only trainers
/// (who schedule drills) learn that it exists, when it will run and why the planner chose that
/// time. To anyone else it answers as an unknown id would, so predictable ids reveal nothing.
/// </summary>
public static class SurpriseSecrecy
{
    public static bool HiddenFrom(ApiCaller caller, Drill drill) =>
        drill.Status == DrillStatus.Planned && !caller.May(Permission.ManageDrills);
}
