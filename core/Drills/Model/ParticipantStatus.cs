namespace DrillPlatform.Core.Drills.Model;

public enum ParticipantStatus
{
    Pending,
    Prompted,
    Answered,
    Failed,
    Escalated,

    /// <summary>An instance has claimed the participant and is sending the prompt now (see ClaimedAt).</summary>
    Prompting,
}
