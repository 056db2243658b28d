namespace DrillPlatform.Core.Drills.Storage;

/// <summary>How a <see cref="Drill"/> looks as a row, and its three keys; see <see cref="DrillStore"/>.</summary>
internal static class DrillEntity
{
    public const string DuePartition = "due";
    public const string OpenPartition = "open";

    public static string Partition(string drillId) => "d:" + drillId;

    public static string MonthPartition(string department, DateOnly localDate) => $"m:{department}|{localDate:yyyy-MM}";

    // Ticks first so a range query on RowKey finds every drill due by a given instant.
    public static string DueRow(Drill d) => $"{d.PlannedAt.UtcTicks:D19}|{d.Id}";

    public static string DueUpTo(DateTimeOffset now) => $"{now.UtcTicks:D19}|~";

    public static TableEntity From(Drill d, string partition, string row) => new(partition, row)
    {
        ["DrillId"] = d.Id,
        ["ScheduleId"] = d.ScheduleId,
        ["ScenarioId"] = d.ScenarioId,
        ["Department"] = d.Department,
        ["Roles"] = EntityValues.List(d.Roles),
        ["OnDutyOnly"] = d.OnDutyOnly,
        ["LocalDate"] = EntityValues.Date(d.LocalDate),
        ["PlannedAt"] = d.PlannedAt,
        ["Status"] = d.Status.ToString(),
        ["Seed"] = d.Seed,
        ["Explanation"] = d.Explanation,
        ["RequestedBy"] = d.RequestedBy,
        ["ResponseDeadlineMinutes"] = d.ResponseDeadlineMinutes,
        ["EscalationDelayMinutes"] = d.EscalationDelayMinutes,
        ["LaunchedAt"] = d.LaunchedAt,
        ["ClosedAt"] = d.ClosedAt,
    };

    public static Drill ToDrill(TableEntity e) => new()
    {
        Id = EntityValues.Required(e, "DrillId"),
        ScheduleId = e.GetString("ScheduleId") ?? "",
        ScenarioId = EntityValues.Required(e, "ScenarioId"),
        Department = EntityValues.Required(e, "Department"),
        Roles = EntityValues.List(e.GetString("Roles")),
        OnDutyOnly = e.GetBoolean("OnDutyOnly") ?? false,
        LocalDate = EntityValues.Date(EntityValues.Required(e, "LocalDate")),
        PlannedAt = e.GetDateTimeOffset("PlannedAt") ?? default,
        Status = EntityValues.Enum<DrillStatus>(e, "Status"),
        Seed = e.GetInt32("Seed") ?? 0,
        Explanation = e.GetString("Explanation") ?? "",
        RequestedBy = e.GetString("RequestedBy") ?? "",
        ResponseDeadlineMinutes = e.GetInt32("ResponseDeadlineMinutes") ?? 30,
        EscalationDelayMinutes = e.GetInt32("EscalationDelayMinutes") ?? 10,
        LaunchedAt = e.GetDateTimeOffset("LaunchedAt"),
        ClosedAt = e.GetDateTimeOffset("ClosedAt"),
        Version = e.ETag.ToString(),
    };
}
