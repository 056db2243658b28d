namespace DrillPlatform.Core.Readiness.Model;

/// <summary>A weak topic across a department: mean mastery of the people it applies to, and the plan section it cites.</summary>
public sealed record TopicSummary(string Topic, Localized Label, double Mastery, int People, string Citation, Localized CitationTitle, string CitationSource);

/// <summary>A scheduled check past its due date (plus grace) and not done, with whose it is.</summary>
public sealed record OverdueCheck(string PersonId, string Name, string EquipmentId, string CheckId, DateOnly DueDate);

/// <summary>
/// A department's readiness now (for trainers and managers only: it names people). Score is the
/// mean of the people's scores; Change is against the latest snapshot before this week, if any.
/// </summary>
public sealed record DepartmentReadiness(
    string Department,
    string Role,
    DateTimeOffset AsOf,
    int Score,
    int Ready,
    int AtRisk,
    int NotReady,
    int? Change,
    IReadOnlyList<TopicSummary> WeakestTopics,
    IReadOnlyList<PersonReadiness> People,
    IReadOnlyList<OverdueCheck> OverdueChecks)
{
    public const int WeakestShown = 5;
}
