using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>
/// Options section "Checks": when an open check counts as overdue and when each rung of the ladder
/// is climbed, all measured from the moment the check opened (its card went out).
/// </summary>
public sealed class CheckOptions
{
    public const string Section = "Checks";

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan OverdueAfter { get; set; } = TimeSpan.FromDays(1);

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan RemindResponsibleAfter { get; set; } = TimeSpan.FromDays(1);

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan RemindDeputyAfter { get; set; } = TimeSpan.FromDays(2);

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SmsAfter { get; set; } = TimeSpan.FromDays(3);

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan NotifyManagerAfter { get; set; } = TimeSpan.FromDays(5);

    public TimeSpan DelayOf(EscalationRung rung) => rung switch
    {
        EscalationRung.Assigned => TimeSpan.Zero,
        EscalationRung.RemindResponsible => RemindResponsibleAfter,
        EscalationRung.RemindDeputy => RemindDeputyAfter,
        EscalationRung.Sms => SmsAfter,
        EscalationRung.NotifyManager => NotifyManagerAfter,
        _ => throw new ArgumentOutOfRangeException(nameof(rung), rung, null),
    };

    public const string OrderMessage =
        "Checks: the ladder must climb in order, RemindResponsibleAfter <= RemindDeputyAfter <= SmsAfter <= NotifyManagerAfter.";

    public static bool InOrder(CheckOptions o) =>
        o.RemindResponsibleAfter <= o.RemindDeputyAfter && o.RemindDeputyAfter <= o.SmsAfter && o.SmsAfter <= o.NotifyManagerAfter;
}
