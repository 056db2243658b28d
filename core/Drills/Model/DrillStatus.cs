namespace DrillPlatform.Core.Drills;

public enum DrillStatus
{
    Planned,
    Launched,
    Closed,
    Cancelled,
}
