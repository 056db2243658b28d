using DrillPlatform.Core.Reports.Records;

namespace DrillPlatform.Core.Reports;

/// <summary>The reports area's tables, without the per-deployment prefix; key layouts are beside each store.</summary>
public static class ReportTables
{
    public const string DrillRecords = "DrillRecords";
    public const string Findings = "DrillFindings";
    public const string CorrectiveActions = "CorrectiveActions";

    /// <summary>A department as a key part (escaped: people type department names).</summary>
    public static string Department(string department) => Uri.EscapeDataString(department.Trim());
}
