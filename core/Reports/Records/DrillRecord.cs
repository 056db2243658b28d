using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Calendar;

namespace DrillPlatform.Core.Reports.Records;

/// <summary>
/// The after-action record of one closed drill, written once at the close from what the drill
/// recorded (participants, walks, scores) and never rewritten. Counts are of people; the timeline
/// is of events. Names are not in it: the review view resolves action names and plan citations.
/// </summary>
public sealed record DrillRecord
{
    public required string DrillId { get; init; }
    public required string ScenarioId { get; init; }
    public required string Department { get; init; }
    public required DrillMode Mode { get; init; }
    public string ScheduleId { get; init; } = "";
    public required DateTimeOffset LaunchedAt { get; init; }
    /// <summary>The launch in the site's wall time, and the shift of the site calendar it fell in.</summary>
    public required DateTime LocalLaunch { get; init; }
    public required string Shift { get; init; }
    public required DateTimeOffset ClosedAt { get; init; }
    public required DrillCounts Counts { get; init; }
    public required ResponseTimes Response { get; init; }
    /// <summary>Mean score of the people reached (silence counts 0, as in readiness); null when nobody was reached.</summary>
    public double? MeanScore { get; init; }
    public IReadOnlyList<ScoreBand> Scores { get; init; } = [];
    /// <summary>Plan actions the people who answered missed, most missed first.</summary>
    public IReadOnlyList<MissedAction> Missed { get; init; } = [];
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    public bool Unannounced => Mode == DrillMode.Surprise;
}

/// <summary>
/// People, each counted once. Invited = participants; Prompted = reached in Teams (or by SMS);
/// NoResponse = reached but never answered; Failed = could not be prompted at all; SmsSent = reminders that went out.
/// </summary>
public sealed record DrillCounts(int Invited, int Prompted, int Answered, int NoResponse, int Failed, int SmsSent);

/// <summary>Prompt to first answer, over the Measured people who were prompted and answered.</summary>
public sealed record ResponseTimes(int Measured, double? MedianSeconds, double? P90Seconds);

/// <summary>How many people scored in [From, To] (To inclusive).</summary>
public sealed record ScoreBand(int From, int To, int People);

/// <summary>A plan action and how many of those who answered missed it; Citation = plan section ids.</summary>
public sealed record MissedAction(string ActionId, int MissedBy, IReadOnlyList<string> Citation);

/// <summary>Launched, first-answer, sms (per minute, People = reminders then), closed.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Event, int People);
