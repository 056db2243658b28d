using DrillPlatform.Core.Drills;

namespace DrillPlatform.Core.Api.Requests;

/// <summary>
/// POST /api/schedules body → DrillSchedule. Field names follow DrillSchedule.Validate(), so shape
/// errors and rule errors name fields the same way. Id, seed and author come from the server.
/// </summary>
internal static class ScheduleRequest
{
    private static readonly string[] Fields =
    [
        "scenarioId", "audience", "mode", "earliest", "latest", "announcedAt", "cadence", "workingHours",
        "responseDeadlineMinutes", "escalationDelayMinutes",
    ];

    public static DrillSchedule? Read(JsonFields body, string createdBy, DateTimeOffset now, int seed)
    {
        body.RejectUnknown(Fields);
        var cadence = body.Object("cadence");
        cadence?.RejectUnknown("kind", "count");
        var hours = body.Object("workingHours");
        hours?.RejectUnknown("start", "end");
        var defaults = new DrillSchedule
        {
            Id = "", ScenarioId = "", Audience = new([], [], false), Mode = DrillMode.Surprise, Seed = 0, CreatedBy = "", CreatedAt = now,
        };

        var schedule = new DrillSchedule
        {
            Id = DrillIds.NewScheduleId(),
            ScenarioId = body.String("scenarioId", required: true) ?? "",
            Audience = AudienceReader.Read(body) ?? defaults.Audience,
            Mode = body.Enum<DrillMode>("mode") ?? DrillMode.Surprise,
            Earliest = body.Date("earliest"),
            Latest = body.Date("latest"),
            AnnouncedAt = body.LocalDateTime("announcedAt"),
            Cadence = new Cadence(cadence?.Enum<CadenceKind>("kind") ?? CadenceKind.Once, cadence?.Int("count") ?? 1),
            WorkingStart = hours?.Time("start") ?? defaults.WorkingStart,
            WorkingEnd = hours?.Time("end") ?? defaults.WorkingEnd,
            ResponseDeadlineMinutes = body.Int("responseDeadlineMinutes") ?? defaults.ResponseDeadlineMinutes,
            EscalationDelayMinutes = body.Int("escalationDelayMinutes") ?? defaults.EscalationDelayMinutes,
            Seed = seed,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        // A field that did not parse was replaced by a default; its rule error would only confuse.
        foreach (var problem in schedule.Validate())
        {
            var (field, reason) = Split(problem);
            if (!body.HasError(field)) body.Add(new ApiError(field, reason));
        }
        return schedule;
    }

    private static (string Field, string Reason) Split(string problem)
    {
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? ("body", problem) : (problem[..colon], problem[(colon + 2)..]);
    }
}
