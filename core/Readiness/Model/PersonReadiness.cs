namespace DrillPlatform.Core.Readiness.Model;

public enum ReadinessBand { Ready, AtRisk, NotReady }

/// <summary>How well a person knows one topic: mean recall 0..1, and how many of its questions are recalled.</summary>
public sealed record TopicMastery(string Topic, double Mastery, int Recalled, int Total);

/// <summary>One shortfall in words. Kind: gate-training, gate-drill, topic, drill, checks or none; Shortfall is the points it costs (gates rank first).</summary>
public sealed record ReadinessReason(string Kind, Localized Text, double Shortfall);

/// <summary>The one thing to do next. Kind: quiz (Topic set), practice (ScenarioId set when known), checks or keep.</summary>
public sealed record NextStep(string Kind, Localized Text, string? Topic = null, string? ScenarioId = null);

/// <summary>
/// A person's readiness at one moment: the score 0..100 and band, each part (null where it does not
/// apply), per-topic mastery, failed gates, 1-3 reasons and one next step. Never without reasons.
/// </summary>
public sealed record PersonReadiness(
    string PersonId,
    string Name,
    string Department,
    IReadOnlyList<string> Roles,
    int Score,
    ReadinessBand Band,
    double? Knowledge,
    double? Drills,
    double? Equipment,
    IReadOnlyList<TopicMastery> Topics,
    IReadOnlyList<string> FailedGates,
    IReadOnlyList<ReadinessReason> Reasons,
    NextStep NextStep,
    DateTimeOffset? LastTrainingAt,
    IReadOnlyList<CheckRecord> OverdueChecks);
