namespace DrillPlatform.Core.Drills;

public enum ParticipantStatus
{
    Pending,
    Prompted,
    Answered,
    Failed,
    Escalated,
}
