using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Core.Api.Requests;

/// <summary>
/// Checks that what a request names exists: the scenario in the catalogue, the roles in
/// templates/plan/roles.yaml, the departments on the roster. A typo would otherwise store a
/// schedule that never reaches anyone.
/// </summary>
public sealed class ApiReferences(ScenarioCatalog scenarios, ContentBundle content, RosterStore roster)
{
    internal async Task CheckAsync(string? scenarioId, DrillAudience? audience, List<ApiError> errors, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(scenarioId) && scenarios.Find(scenarioId) is null)
            errors.Add(new("scenarioId", $"'{scenarioId}' is not a known scenario; known: {Join(scenarios.Scenarios.Select(s => s.Id))}"));
        if (audience is null) return;

        var roles = content.Roles.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var role in audience.Roles.Where(r => !roles.Contains(r)))
            errors.Add(new("audience.roles", $"'{role}' is not a known role; known: {Join(roles)}"));

        if (audience.Departments.Count == 0) return;
        var departments = (await roster.ListAsync(null, ct)).Select(p => p.Department).ToHashSet(StringComparer.Ordinal);
        foreach (var department in audience.Departments.Where(d => !departments.Contains(d) && d != DrillAudience.AllDepartments))
            errors.Add(new("audience.departments", $"'{department}' has nobody on the roster; known: {Join(departments)}"));
    }

    private static string Join(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
}
