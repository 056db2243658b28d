namespace DrillPlatform.Core.Readiness;

/// <summary>
/// Who sees what: everyone their own score; managers their department's; trainers any department's,
/// and only trainers nudge. Checked on the server for every command, card action and request.
/// </summary>
public static class ReadinessAccess
{
    public const string TrainerRole = "trainer";
    public const string ManagerRole = "manager";

    public static bool MayNudge(StaffMember person) => person.HasRole(TrainerRole);

    public static bool MaySeeDepartment(StaffMember person, string department) =>
        person.HasRole(TrainerRole) || (person.HasRole(ManagerRole) && string.Equals(person.Department.Trim(), department.Trim(), StringComparison.Ordinal));

    public static bool MaySeeDepartments(StaffMember person) => person.HasRole(TrainerRole) || person.HasRole(ManagerRole);
}
