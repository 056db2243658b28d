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

    /// <summary>Teams' documented limit per app per tenant.</summary>
    [Range(1, 1000)]
    public double TeamsRequestsPerSecond { get; set; } = 50;

    /// <summary>Teams' documented limit per conversation.</summary>
    [Range(1, 100)]
    public double TeamsConversationRequestsPerSecond { get; set; } = 7;

    /// <summary>
    /// The part of those limits the fan-out paces to; the rest absorbs clock jitter and the bot's
    /// replies to people answering at the same time.
    /// </summary>
    [Range(0.1, 1.0)]
    public double PacingShare { get; set; } = 0.98;

    /// <summary>
    /// The part of the app-wide budget proactive calls (prompts, notifications) leave free even when
    /// nobody is answering. Replies already take their slots out of the bulk budget as they happen,
    /// so a fan-out yields to them without a fixed reservation; default 0 lets a drill use the whole share.
    /// </summary>
    [Range(0.0, 0.9)]
    public double InteractiveShare { get; set; }

    /// <summary>
    /// How many instances may run SendDrillPrompt at once (the Function App's maximum instance count
    /// for the queue); each paces to its 1/N share of the app limit.
    /// </summary>
    [Range(1, 1000)]
    public int SenderInstances { get; set; } = 1;

    /// <summary>
    /// Prompt deliveries one process runs at once, whatever messages they come from (a batch brings
    /// ten): enough to keep the pacer busy while each waits on storage, few enough that claims are
    /// not taken far ahead of the sends, in a burst that would crowd out the launch's own writes.
    /// </summary>
    [Range(1, 1000)]
    public int PromptsInFlight { get; set; } = 96;

    /// <summary>
    /// A prompt claim older than this is taken to belong to a crashed instance and is claimed again.
    /// Longer than the Connector client's worst case (attempts × HTTP timeout + retry delays), or a
    /// slow but live send could be repeated.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan PromptClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many Failed deliveries the queue makes before the poison queue (host.json maxDequeueCount).</summary>
    [Range(1, 100)]
    public int PromptMaxDequeueCount { get; set; } = 5;

    /// <summary>A closed drill whose summary nobody claimed for this long (its closer crashed) is summarised by the next run.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan SummaryGrace { get; set; } = TimeSpan.FromMinutes(2);
}
