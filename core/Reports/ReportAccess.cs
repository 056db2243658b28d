using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Readiness;

namespace DrillPlatform.Core.Reports;

/// <summary>Which department's records a trainer or manager may read: readiness's rule, and a site-wide drill is every manager's.</summary>
public static class ReportAccess
{
    public static bool MaySee(StaffMember person, string department) =>
        department == DrillAudience.AllDepartments ? ReadinessAccess.MaySeeDepartments(person) : ReadinessAccess.MaySeeDepartment(person, department);

    public const string Refusal = "Managers see their own department's records; trainers see every department's.";
}
