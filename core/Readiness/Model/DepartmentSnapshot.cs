namespace DrillPlatform.Core.Readiness.Model;

/// <summary>
/// A department's readiness in one week, taken by SnapshotReadiness (Role "" = everyone in the
/// department). WeekStart is the site-local Monday; trends compare consecutive snapshots.
/// </summary>
public sealed record DepartmentSnapshot(
    string Department,
    string Role,
    DateOnly WeekStart,
    int Score,
    int People,
    int Ready,
    int AtRisk,
    int NotReady,
    DateTimeOffset TakenAt);
