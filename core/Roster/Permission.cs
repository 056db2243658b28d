namespace DrillPlatform.Core.Roster;

/// <summary>What a person may do; which roles grant it is in <see cref="Permissions"/>, nowhere else.</summary>
public enum Permission
{
    /// <summary>Read drills and schedules (API).</summary>
    ReadDrills,

    /// <summary>Schedule, launch and cancel drills (API and bot).</summary>
    ManageDrills,

    /// <summary>Read inspection records and overdue checks (API and bot).</summary>
    ReadChecks,

    /// <summary>Receive drill summaries and check escalations for their department.</summary>
    ReceiveSummaries,

    /// <summary>Read a department's readiness: managers their own, trainers every department's (API and bot).</summary>
    ReadReadiness,

    /// <summary>Read drill records, reviews and compliance reports: managers their department's, trainers every department's (API, tab and bot).</summary>
    ReadReports,

    /// <summary>Add findings and corrective actions to a drill's review, and close corrective actions (API and bot).</summary>
    ReviewDrills,
}
