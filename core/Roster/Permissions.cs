namespace DrillPlatform.Core.Roster;

/// <summary>
/// Roles and their permissions, in one table the API gate, the bot and the closers all read. A new
/// feature adds a <see cref="Permission"/> member and one line here with the roles and the refusal.
/// </summary>
public static class Permissions
{
    private sealed record Grant(string[] Roles, string Refusal);

    private static readonly Dictionary<Permission, Grant> Grants = new()
    {
        [Permission.ReadDrills] = new([DrillPlatform.Core.Roster.Roles.Trainer, DrillPlatform.Core.Roster.Roles.Manager], "The API is for trainers and managers."),
        [Permission.ManageDrills] = new([DrillPlatform.Core.Roster.Roles.Trainer], "Only trainers can schedule, launch or cancel drills; managers can review them."),
        [Permission.ReadChecks] = new([DrillPlatform.Core.Roster.Roles.Trainer, DrillPlatform.Core.Roster.Roles.Manager], "Only trainers and managers may read check records."),
        [Permission.ReadReadiness] = new([DrillPlatform.Core.Roster.Roles.Trainer, DrillPlatform.Core.Roster.Roles.Manager], "Department readiness is for trainers and managers."),
        [Permission.ReadReports] = new([DrillPlatform.Core.Roster.Roles.Trainer, DrillPlatform.Core.Roster.Roles.Manager], "Drill reviews and compliance reports are for trainers and managers."),
        [Permission.ReviewDrills] = new([DrillPlatform.Core.Roster.Roles.Trainer], "Only trainers add findings and corrective actions; managers can read the review."),
        [Permission.ReceiveSummaries] = new([DrillPlatform.Core.Roster.Roles.Manager], "Only managers receive summaries."),
    };

    public static bool May(this StaffMember person, Permission permission) => May(person.Roles, permission);

    public static bool May(IEnumerable<string> roles, Permission permission) =>
        Grants[permission].Roles.Any(r => roles.Contains(r, StringComparer.OrdinalIgnoreCase));

    /// <summary>Why someone without the permission is refused, safe to show them.</summary>
    public static string Refusal(Permission permission) => Grants[permission].Refusal;

    /// <summary>The roles that grant it (for docs and cards that say who may).</summary>
    public static IReadOnlyList<string> RolesFor(Permission permission) => Grants[permission].Roles;
}
