using DrillPlatform.Core.Drills;

namespace DrillPlatform.Core.Api.Views;

public sealed record ParticipantView(
    string PersonId,
    string? Name,
    ParticipantStatus Status,
    string? Reason,
    DateTimeOffset? PromptedAt,
    DateTimeOffset? AnsweredAt,
    double? Score);

/// <summary>GET /api/drills/{id}: the drill's state and times, and every participant's state, reason and score.</summary>
public sealed record DrillView(
    string Id,
    string ScheduleId,
    string ScenarioId,
    string Department,
    IReadOnlyList<string> Roles,
    bool OnDutyOnly,
    DrillStatus Status,
    DateTimeOffset PlannedAt,
    DateTimeOffset? LaunchedAt,
    DateTimeOffset? ClosedAt,
    int ResponseDeadlineMinutes,
    int EscalationDelayMinutes,
    string RequestedBy,
    string Explanation,
    IReadOnlyList<ParticipantView> Participants)
{
    public static DrillView From(Drill d, IReadOnlyList<ParticipantView> participants) => new(
        d.Id, d.ScheduleId, d.ScenarioId, d.Department, d.Roles, d.OnDutyOnly, d.Status, d.PlannedAt, d.LaunchedAt, d.ClosedAt,
        d.ResponseDeadlineMinutes, d.EscalationDelayMinutes, d.RequestedBy, d.Explanation, participants);
}
