using DrillPlatform.Core.Drills;

namespace DrillPlatform.Core.Api.Requests;

/// <summary>POST /api/drills body: run a scenario now for an audience, with optional timing limits.</summary>
internal sealed record LaunchRequest(string ScenarioId, DrillAudience Audience, int ResponseDeadlineMinutes, int EscalationDelayMinutes)
{
    public static LaunchRequest? Read(JsonFields body)
    {
        body.RejectUnknown("scenarioId", "audience", "responseDeadlineMinutes", "escalationDelayMinutes");
        var request = new LaunchRequest(
            body.String("scenarioId", required: true) ?? "",
            AudienceReader.Read(body) ?? new DrillAudience([], [], false),
            body.Int("responseDeadlineMinutes") ?? 30,
            body.Int("escalationDelayMinutes") ?? 10);

        void Require(bool ok, string field, string reason)
        {
            if (!ok && !body.HasError(field)) body.Add(new ApiError(field, reason));
        }
        Require(!string.IsNullOrWhiteSpace(request.ScenarioId), "scenarioId", "is required");
        // A drill row files one department (or all of them), so two named departments cannot be one drill.
        Require(request.Audience.Departments.Count <= 1, "audience.departments", "name one department, or none for the whole site");
        Require(request.Audience.Departments.All(d => !string.IsNullOrWhiteSpace(d) && d != DrillAudience.AllDepartments),
            "audience.departments", "must not contain blank names or '*'");
        Require(request.ResponseDeadlineMinutes is >= 1 and <= 24 * 60, "responseDeadlineMinutes", "must be between 1 and 1440");
        Require(request.EscalationDelayMinutes >= 0 && request.EscalationDelayMinutes < request.ResponseDeadlineMinutes,
            "escalationDelayMinutes", "must be at least 0 and less than the response deadline");
        return request;
    }
}
