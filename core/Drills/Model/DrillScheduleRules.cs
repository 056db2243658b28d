namespace DrillPlatform.Core.Drills.Model;

internal static class DrillScheduleRules
{
    public static IReadOnlyList<string> Check(DrillSchedule s)
    {
        var errors = new List<string>();
        void Require(bool ok, string field, string reason)
        {
            if (!ok) errors.Add($"{field}: {reason}");
        }

        Require(!string.IsNullOrWhiteSpace(s.Id), "id", "is required");
        Require(!string.IsNullOrWhiteSpace(s.ScenarioId), "scenarioId", "is required");
        Require(!string.IsNullOrWhiteSpace(s.CreatedBy), "createdBy", "is required");
        Require(s.Audience.Departments.All(d => !string.IsNullOrWhiteSpace(d) && d != DrillAudience.AllDepartments),
            "audience.departments", "must not contain blank names or '*'");
        Require(s.Cadence.Count is >= 1 and <= 31, "cadence.count", "must be between 1 and 31");
        Require(s.WorkingStart < s.WorkingEnd, "workingHours", "start must be before end");
        Require(s.ResponseDeadlineMinutes is >= 1 and <= 24 * 60, "responseDeadlineMinutes", "must be between 1 and 1440");
        Require(s.EscalationDelayMinutes >= 0 && s.EscalationDelayMinutes < s.ResponseDeadlineMinutes,
            "escalationDelayMinutes", "must be at least 0 and less than the response deadline");

        if (s.Mode == DrillMode.Surprise)
        {
            Require(s.Earliest is not null, "earliest", "is required for a surprise drill");
            Require(s.Latest is not null, "latest", "is required for a surprise drill");
            Require(s.Earliest is null || s.Latest is null || s.Earliest <= s.Latest, "latest", "must not be before earliest");
            Require(s.AnnouncedAt is null, "announcedAt", "only applies to announced drills");
        }
        else
        {
            Require(s.AnnouncedAt is not null, "announcedAt", "is required for an announced drill");
            // An announced drill is one event at one time; repeating ones are separate schedules.
            Require(s.Cadence.Kind == CadenceKind.Once, "cadence", "an announced drill runs once");
        }
        return errors;
    }
}
