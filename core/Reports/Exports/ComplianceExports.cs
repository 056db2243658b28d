namespace DrillPlatform.Core.Reports.Exports;

/// <summary>Turns a compliance report into the file of a format; JSON is the API's own answer, not a file.</summary>
public sealed class ComplianceExports
{
    /// <returns>null when the format is not exported as a file (JSON).</returns>
    public ReportFile? Export(ComplianceReport report, ReportFormat format) => format switch
    {
        _ => null,
    };
}
