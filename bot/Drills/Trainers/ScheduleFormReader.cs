using F = DrillPlatform.Bot.Drills.Trainers.ScheduleForm;

namespace DrillPlatform.Bot.Drills.Trainers;

/// <summary>The schedule form's submit data as a DrillSchedule, or every problem as "field: reason".</summary>
public sealed record ScheduleFormResult(DrillSchedule? Schedule, IReadOnlyList<string> Errors);

public static class ScheduleFormReader
{
    public static ScheduleFormResult Read(CardAction data, ScenarioCatalog catalog, string createdBy, int seed, DateTimeOffset now)
    {
        var errors = new List<string>();
        var scenario = Text(data, F.Scenario);
        if (scenario.Length > 0 && catalog.Find(scenario) is null)
            errors.Add($"{F.Scenario}: '{scenario}' is not a known scenario");
        var mode = Text(data, F.Mode).ToLowerInvariant() switch
        {
            "" or "surprise" => DrillMode.Surprise,
            "announced" => DrillMode.Announced,
            var other => Error(errors, F.Mode, $"must be surprise or announced, not '{other}'", DrillMode.Surprise),
        };
        var count = Int(data, F.CadenceCount, 1, errors);
        var cadence = Text(data, F.Cadence).ToLowerInvariant() switch
        {
            "" or "once" => Cadence.Once,
            "month" => Cadence.PerMonth(count),
            "quarter" => Cadence.PerQuarter(count),
            var other => Error(errors, F.Cadence, $"must be once, month or quarter, not '{other}'", Cadence.Once),
        };
        // The form shows the window and the announced time together; only the chosen mode's fields count.
        var surprise = mode == DrillMode.Surprise;
        var schedule = new DrillSchedule
        {
            Id = DrillIds.NewScheduleId(),
            ScenarioId = scenario,
            Audience = new DrillAudience(
                Text(data, F.Department) is { Length: > 0 } department ? [department] : [],
                Text(data, F.Roles).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Text(data, F.OnDutyOnly).Equals("true", StringComparison.OrdinalIgnoreCase)),
            Mode = mode,
            Earliest = surprise ? Date(data, F.Earliest, errors) : null,
            Latest = surprise ? Date(data, F.Latest, errors) : null,
            AnnouncedAt = surprise ? null : Announced(data, errors),
            Cadence = cadence,
            WorkingStart = Time(data, F.WorkingStart, new TimeOnly(8, 0), errors),
            WorkingEnd = Time(data, F.WorkingEnd, new TimeOnly(17, 30), errors),
            ResponseDeadlineMinutes = Int(data, F.ResponseDeadline, 30, errors),
            EscalationDelayMinutes = Int(data, F.EscalationDelay, 10, errors),
            Seed = seed,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        errors.AddRange(schedule.Validate());
        return errors.Count == 0 ? new ScheduleFormResult(schedule, []) : new ScheduleFormResult(null, errors.Distinct().ToList());
    }

    private static DateTime? Announced(CardAction data, List<string> errors)
    {
        var (date, time) = (Text(data, F.AnnouncedDate), Text(data, F.AnnouncedTime));
        if (date.Length == 0 && time.Length == 0) return null;
        var day = Date(data, F.AnnouncedDate, errors);
        var at = time.Length == 0 ? Error<TimeOnly?>(errors, F.AnnouncedTime, "is required for an announced drill", null) : Time(data, F.AnnouncedTime, default, errors);
        return day is { } d && at is { } t ? d.ToDateTime(t) : null;
    }

    private static DateOnly? Date(CardAction data, string field, List<string> errors)
    {
        var text = Text(data, field);
        if (text.Length == 0) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Error<DateOnly?>(errors, field, $"must be a date like 2025-03-31, not '{text}'", null);
    }

    private static TimeOnly Time(CardAction data, string field, TimeOnly fallback, List<string> errors)
    {
        var text = Text(data, field);
        if (text.Length == 0) return fallback;
        return TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : Error(errors, field, $"must be a time like 09:30, not '{text}'", fallback);
    }

    private static int Int(CardAction data, string field, int fallback, List<string> errors)
    {
        var text = Text(data, field);
        if (text.Length == 0) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : Error(errors, field, $"must be a whole number, not '{text}'", fallback);
    }

    // Teams sends every input value as a string; other clients send numbers and booleans as such.
    private static string Text(CardAction data, string field) =>
        data.Data.TryGetProperty(field, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!.Trim(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => "",
            }
            : "";

    private static T Error<T>(List<string> errors, string field, string reason, T fallback)
    {
        errors.Add($"{field}: {reason}");
        return fallback;
    }
}
