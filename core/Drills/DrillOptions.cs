using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Drills;

public sealed class DrillOptions
{
    public const string Section = "Drills";

    /// <summary>Fewest days between two drills of one department, whatever schedules they come from.</summary>
    [Range(0, 90)]
    public int MinimumGapDays { get; set; } = 7;

    /// <summary>The site calendar file. Empty: templates/calendar/site-calendar.yaml beside the app or above the current directory.</summary>
    public string? CalendarPath { get; set; }
}
