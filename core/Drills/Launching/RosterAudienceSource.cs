namespace DrillPlatform.Core.Drills.Launching;

/// <summary>
/// The audience read from the roster table: people of the departments (all when none are named)
/// holding any of the roles (everyone when none are named), or only the on-duty people.
/// </summary>
public sealed class RosterAudienceSource(RosterStore roster) : IAudienceSource
{
    public async Task<IReadOnlyList<StaffMember>> ResolveAsync(DrillAudience audience, CancellationToken ct = default)
    {
        var people = new List<StaffMember>();
        if (audience.Departments.Count == 0) people.AddRange(await roster.ListAsync(null, ct));
        foreach (var department in audience.Departments)
            people.AddRange(await roster.ListAsync(department, ct));

        return people
            .Where(p => !audience.OnDutyOnly || p.HasRole(DrillAudience.OnDutyRole))
            .Where(p => audience.Roles.Count == 0 || audience.Roles.Any(p.HasRole))
            .DistinctBy(p => p.ObjectId, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
