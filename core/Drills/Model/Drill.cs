namespace DrillPlatform.Core.Drills.Model;

/// <summary>
/// One occurrence of a scenario for one department. The audience's roles and the timing limits are
/// copied from the schedule so a drill stands alone once planned (and launch-now drills have none).
/// </summary>
public sealed record Drill
{
    public required string Id { get; init; }

    /// <summary>Empty for a drill launched on demand.</summary>
    public string ScheduleId { get; init; } = "";
    public required string ScenarioId { get; init; }
    public required string Department { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public bool OnDutyOnly { get; init; }

    /// <summary>The site's local date the drill belongs to; reports group by its month.</summary>
    public required DateOnly LocalDate { get; init; }
    public required DateTimeOffset PlannedAt { get; init; }
    public DrillStatus Status { get; init; } = DrillStatus.Planned;
    public int Seed { get; init; }
    public string Explanation { get; init; } = "";
    /// <summary>Who the summary goes to: the schedule's trainer, or whoever launched it on demand.</summary>
    public string RequestedBy { get; init; } = "";
    public int ResponseDeadlineMinutes { get; init; } = 30;
    public int EscalationDelayMinutes { get; init; } = 10;
    public DateTimeOffset? LaunchedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The stored row's ETag when read from the store; conditional updates need it.</summary>
    public string? Version { get; init; }

    public DrillAudience Audience => new(Department == DrillAudience.AllDepartments ? [] : [Department], Roles, OnDutyOnly);
}
