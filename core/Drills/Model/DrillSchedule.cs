namespace DrillPlatform.Core.Drills.Model;

/// <summary>
/// A trainer's standing order for drills of one scenario. Dates and times are the site's local
/// wall time (see SiteCalendar); the planner turns them into UTC instants.
/// </summary>
public sealed record DrillSchedule
{
    public required string Id { get; init; }
    public required string ScenarioId { get; init; }
    public required DrillAudience Audience { get; init; }
    public required DrillMode Mode { get; init; }

    /// <summary>Surprise window, inclusive local dates.</summary>
    public DateOnly? Earliest { get; init; }
    public DateOnly? Latest { get; init; }

    /// <summary>Announced drills: the local date and time everyone is told.</summary>
    public DateTime? AnnouncedAt { get; init; }

    public Cadence Cadence { get; init; } = Cadence.Once;
    public TimeOnly WorkingStart { get; init; } = new(8, 0);
    public TimeOnly WorkingEnd { get; init; } = new(17, 30);
    public int ResponseDeadlineMinutes { get; init; } = 30;
    public int EscalationDelayMinutes { get; init; } = 10;

    /// <summary>Secret per schedule, so staff cannot recompute the surprise times from public facts.</summary>
    public required int Seed { get; init; }

    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Problems as "field: reason"; empty when the schedule can be stored.</summary>
    public IReadOnlyList<string> Validate() => DrillScheduleRules.Check(this);
}
