using DrillPlatform.Core.Drills;

namespace DrillPlatform.Core.Api.Views;

public sealed record AudienceView(IReadOnlyList<string> Departments, IReadOnlyList<string> Roles, bool OnDutyOnly)
{
    public static AudienceView From(DrillAudience a) => new(a.Departments, a.Roles, a.OnDutyOnly);
}

public sealed record CadenceView(CadenceKind Kind, int Count);

public sealed record WorkingHoursView(string Start, string End);

/// <summary>A schedule as the API shows it, in the request's own shape. The seed stays secret.</summary>
public sealed record ScheduleView(
    string Id,
    string ScenarioId,
    AudienceView Audience,
    DrillMode Mode,
    string? Earliest,
    string? Latest,
    string? AnnouncedAt,
    CadenceView Cadence,
    WorkingHoursView WorkingHours,
    int ResponseDeadlineMinutes,
    int EscalationDelayMinutes,
    string CreatedBy,
    DateTimeOffset CreatedAt)
{
    public static ScheduleView From(DrillSchedule s) => new(
        s.Id, s.ScenarioId, AudienceView.From(s.Audience), s.Mode,
        s.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.AnnouncedAt?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        new CadenceView(s.Cadence.Kind, s.Cadence.Count),
        new WorkingHoursView(s.WorkingStart.ToString("HH:mm", CultureInfo.InvariantCulture), s.WorkingEnd.ToString("HH:mm", CultureInfo.InvariantCulture)),
        s.ResponseDeadlineMinutes, s.EscalationDelayMinutes, s.CreatedBy, s.CreatedAt);
}
