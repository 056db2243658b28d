using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Reports;

/// <summary>Options section "Reports": when a drill verifies a corrective action, when a past-due action reaches the manager, where the report tab is.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>A later drill of an action's scenario for its department closes the action when its mean score is at least this.</summary>
    [Range(1, 100)]
    public int VerifyingScore { get; set; } = 80;

    /// <summary>Days past the due date before the department's managers hear of an open action (the owner hears on the first day past due).</summary>
    [Range(0, 90)]
    public int ManagerAfterDays { get; set; } = 3;

    /// <summary>The report page the bot's cards link to; empty means the local host's /reports.</summary>
    public string PageUrl { get; set; } = "";

    /// <summary>A TrueType font (.ttf, or a .ttc read at its first face) with Chinese glyphs for the PDF export; empty = WenQuanYi where Debian installs it. Without one, PDF requests answer 503.</summary>
    public string PdfFont { get; set; } = "";
}
