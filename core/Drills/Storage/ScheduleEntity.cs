namespace DrillPlatform.Core.Drills.Storage;

/// <summary>How a <see cref="DrillSchedule"/> looks as a row; see <see cref="ScheduleStore"/> for the keys.</summary>
internal static class ScheduleEntity
{
    public const string Partition = "schedule";

    public static TableEntity From(DrillSchedule s) => new(Partition, s.Id)
    {
        ["ScenarioId"] = s.ScenarioId,
        ["Departments"] = EntityValues.List(s.Audience.Departments),
        ["Roles"] = EntityValues.List(s.Audience.Roles),
        ["OnDutyOnly"] = s.Audience.OnDutyOnly,
        ["Mode"] = s.Mode.ToString(),
        ["Earliest"] = s.Earliest is { } e ? EntityValues.Date(e) : null,
        ["Latest"] = s.Latest is { } l ? EntityValues.Date(l) : null,
        ["AnnouncedAt"] = s.AnnouncedAt?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        ["CadenceKind"] = s.Cadence.Kind.ToString(),
        ["CadenceCount"] = s.Cadence.Count,
        ["WorkingStart"] = EntityValues.Time(s.WorkingStart),
        ["WorkingEnd"] = EntityValues.Time(s.WorkingEnd),
        ["ResponseDeadlineMinutes"] = s.ResponseDeadlineMinutes,
        ["EscalationDelayMinutes"] = s.EscalationDelayMinutes,
        ["Seed"] = s.Seed,
        ["CreatedBy"] = s.CreatedBy,
        ["CreatedAt"] = s.CreatedAt,
    };

    public static DrillSchedule ToSchedule(TableEntity e) => new()
    {
        Id = e.RowKey,
        ScenarioId = EntityValues.Required(e, "ScenarioId"),
        Audience = new DrillAudience(EntityValues.List(e.GetString("Departments")), EntityValues.List(e.GetString("Roles")), e.GetBoolean("OnDutyOnly") ?? false),
        Mode = EntityValues.Enum<DrillMode>(e, "Mode"),
        Earliest = e.GetString("Earliest") is { } earliest ? EntityValues.Date(earliest) : null,
        Latest = e.GetString("Latest") is { } latest ? EntityValues.Date(latest) : null,
        AnnouncedAt = e.GetString("AnnouncedAt") is { } at ? DateTime.ParseExact(at, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : null,
        Cadence = new Cadence(EntityValues.Enum<CadenceKind>(e, "CadenceKind"), e.GetInt32("CadenceCount") ?? 1),
        WorkingStart = EntityValues.Time(EntityValues.Required(e, "WorkingStart")),
        WorkingEnd = EntityValues.Time(EntityValues.Required(e, "WorkingEnd")),
        ResponseDeadlineMinutes = e.GetInt32("ResponseDeadlineMinutes") ?? 30,
        EscalationDelayMinutes = e.GetInt32("EscalationDelayMinutes") ?? 10,
        Seed = e.GetInt32("Seed") ?? 0,
        CreatedBy = EntityValues.Required(e, "CreatedBy"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
    };
}
