namespace DrillPlatform.Core.Api;

/// <summary>The API's routes under /api, declared once for the Functions triggers and the local host.</summary>
public static class ApiRoutes
{
    public const string Prefix = "api";
    public const string Schedules = "schedules";
    public const string Schedule = "schedules/{id}";
    public const string Drills = "drills";
    public const string Drill = "drills/{id}";
    public const string EquipmentChecks = "equipment/{id}/checks";
    public const string Checks = "checks";
    public const string DrillReview = "drills/{id}/review";
    public const string DrillFindings = "drills/{id}/findings";
    public const string CorrectiveActions = "corrective-actions";
    public const string CorrectiveActionClose = "corrective-actions/{id}/close";
    public const string ComplianceReport = "reports/compliance";
    public const string ReportDepartments = "reports/departments";
    /// <summary>The report tab (a page, not JSON): reports/page and its files below it.</summary>
    public const string ReportPage = "reports/page";
}
