namespace DrillPlatform.Core.Drills.Model;

public enum DrillStatus
{
    Planned,
    Launched,
    Closed,
    Cancelled,
}
