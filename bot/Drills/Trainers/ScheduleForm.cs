namespace DrillPlatform.Bot.Drills.Trainers;

/// <summary>The input ids of the schedule card; Teams merges their values into the submit data.</summary>
public static class ScheduleForm
{
    public const string Scenario = "scenario";
    public const string Department = "department";
    public const string Roles = "roles";
    public const string OnDutyOnly = "onDutyOnly";
    public const string Mode = "mode";
    public const string Earliest = "earliest";
    public const string Latest = "latest";
    public const string AnnouncedDate = "announcedDate";
    public const string AnnouncedTime = "announcedTime";
    public const string Cadence = "cadence";
    public const string CadenceCount = "cadenceCount";
    public const string WorkingStart = "workingStart";
    public const string WorkingEnd = "workingEnd";
    public const string ResponseDeadline = "responseDeadlineMinutes";
    public const string EscalationDelay = "escalationDelayMinutes";

    /// <summary>The label (i18n key) for each field name an error can carry, from this form or from DrillSchedule.Validate.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Scenario] = "schedule_scenario",
        ["scenarioId"] = "schedule_scenario",
        [Department] = "schedule_department",
        ["audience.departments"] = "schedule_department",
        [Roles] = "schedule_roles",
        [Mode] = "schedule_mode",
        [Earliest] = "schedule_earliest",
        [Latest] = "schedule_latest",
        [AnnouncedDate] = "schedule_announced_date",
        [AnnouncedTime] = "schedule_announced_time",
        ["announcedAt"] = "schedule_announced_date",
        [Cadence] = "schedule_cadence",
        [CadenceCount] = "schedule_cadence_count",
        ["cadence.count"] = "schedule_cadence_count",
        [WorkingStart] = "schedule_working_start",
        [WorkingEnd] = "schedule_working_end",
        ["workingHours"] = "schedule_working_start",
        [ResponseDeadline] = "schedule_deadline",
        [EscalationDelay] = "schedule_escalation",
    };
}
