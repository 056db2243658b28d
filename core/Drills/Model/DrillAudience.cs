namespace DrillPlatform.Core.Drills.Model;

/// <summary>
/// Who a drill is for. Empty Departments means every department (one drill for the whole site);
/// empty Roles means every role. OnDutyOnly narrows the audience to the on-duty person, the only
/// audience a drill may reach outside working hours.
/// </summary>
public sealed record DrillAudience(IReadOnlyList<string> Departments, IReadOnlyList<string> Roles, bool OnDutyOnly)
{
    /// <summary>The role id of the on-duty person in templates/plan/roles.yaml.</summary>
    public const string OnDutyRole = "on-duty";

    /// <summary>The department a drill is filed under when the audience spans all departments.</summary>
    public const string AllDepartments = "*";

    public static DrillAudience Department(string department, params string[] roles) => new([department], roles, false);

    public static DrillAudience OnDuty(params string[] departments) => new(departments, [], true);

    /// <summary>The departments a schedule plans separate drills for.</summary>
    public IReadOnlyList<string> DrillDepartments => Departments.Count == 0 ? [AllDepartments] : Departments;
}
