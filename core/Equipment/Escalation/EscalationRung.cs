namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>
/// The ladder, in order. Assigned is the card the responsible person gets when the check opens;
/// the others follow at the delays of <see cref="CheckOptions"/> while the check stays open.
/// </summary>
public enum EscalationRung { Assigned, RemindResponsible, RemindDeputy, Sms, NotifyManager }

public static class RungOutcomes
{
    public const string Sent = "sent";
    /// <summary>The person has never opened a chat with the bot, so Teams cannot reach them.</summary>
    public const string Unreachable = "unreachable";
    /// <summary>Nobody to tell: no phone number, no manager on the roster, person left the roster.</summary>
    public const string Nobody = "nobody";
    public const string Failed = "failed";
    /// <summary>Some messages failed; the rung is released so the next run sends those again.</summary>
    public const string Retry = "retry";
}
