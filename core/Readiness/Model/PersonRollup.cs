namespace DrillPlatform.Core.Readiness.Model;

/// <summary>
/// One person's readiness inputs, kept up to date as events happen (see ReadinessStore for the
/// layout). Everything a score needs is here, with timestamps, so decay is applied when read.
/// LastTrainingAt is the latest quiz answer, practice answer or answered drill (the yearly
/// training gate); reports use it as "last trained".
/// </summary>
public sealed record PersonRollup
{
    public required string PersonId { get; init; }
    public required string Department { get; init; }

    /// <summary>Question id → the person's latest answer to it. Write side only: department reads do not load it.</summary>
    public IReadOnlyDictionary<string, QuestionRecall> Questions { get; init; } = new Dictionary<string, QuestionRecall>();
    /// <summary>Topic → the recall of its questions, in a fixed number of sums (what scores read).</summary>
    public IReadOnlyDictionary<string, TopicRecall> Topics { get; init; } = new Dictionary<string, TopicRecall>();
    public DrillRollup Drills { get; init; } = DrillRollup.None;
    /// <summary>Scheduled checks this person is responsible for, due within the last window (older ones are pruned).</summary>
    public IReadOnlyList<CheckRecord> Checks { get; init; } = [];

    public DateTimeOffset? LastQuizAt { get; init; }
    public DateTimeOffset? LastPracticeAt { get; init; }
    public DateTimeOffset? LastDrillAnsweredAt { get; init; }

    /// <summary>The stored rows' ETags, null when there are none yet; writes are conditional on them.</summary>
    public RollupVersion? Version { get; init; }

    public DateTimeOffset? LastTrainingAt => new[] { LastQuizAt, LastPracticeAt, LastDrillAnsweredAt }.Max();

    public static PersonRollup Empty(string personId, string department) => new() { PersonId = personId, Department = department };
}

/// <summary>
/// ETags of a person's two roll-up rows (ReadinessStore): the read row's, and the write-side row's,
/// which is null for a row stored before the split (its first write adds the write-side row).
/// </summary>
public sealed record RollupVersion(string Read, string? WriteSide);

/// <summary>The latest accepted answer to one question: when, the Leitner box it left the question in, whether right, and which attempt.</summary>
public sealed record QuestionRecall(DateTimeOffset ReviewedAt, int Box, bool Right, string Attempt);

/// <summary>
/// Drill results as a decayed sum: Σ score·2^(-(ReferenceAt − t)/halfLife) and the same sum of
/// weights, both referred to the latest result. Their ratio is the recency-weighted mean at any
/// later time (decaying both by the same factor leaves it unchanged). Applied lists the drill ids
/// already counted, so a result applied twice counts once. Recent keeps the latest few for reasons.
/// </summary>
public sealed record DrillRollup(double DecayedSum, double DecayedWeight, DateTimeOffset? ReferenceAt, int Count,
    IReadOnlyList<DrillOutcome> Recent, IReadOnlyList<string> Applied)
{
    public const int RecentKept = 3;
    public static readonly DrillRollup None = new(0, 0, null, 0, [], []);

    /// <summary>Recency-weighted mean score 0..100, or null when the person was never prompted for a drill.</summary>
    public double? Mean => DecayedWeight > 0 ? DecayedSum / DecayedWeight : null;
}

/// <summary>One drill a person was prompted for: Score 0 when they did not answer (non-response counts as 0).</summary>
public sealed record DrillOutcome(string DrillId, string ScenarioId, DateTimeOffset At, double Score, bool Answered, IReadOnlyList<string> MissedActions);

/// <summary>One scheduled check of one item (task id), its site-local due date and the date it was done, if it was.</summary>
public sealed record CheckRecord(string TaskId, string EquipmentId, string CheckId, DateOnly DueDate, DateOnly? DoneDate);
