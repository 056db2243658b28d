using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Storage;

namespace DrillPlatform.Core.Readiness.Recording;

/// <summary>
/// Carries each event into the person's roll-up row, in the partition of their roster department.
/// Safe to call again for the same event (a retry, a duplicate click, a drill closed twice): the
/// changes in <see cref="RollupUpdates"/> count every event once. People not on the roster have no
/// readiness and are skipped.
/// </summary>
public sealed class ReadinessRecorder(ReadinessStore store, RosterStore roster, ReadinessModel model, ContentBundle content, ILogger<ReadinessRecorder> logger)
{
    private readonly Dictionary<string, string> topicOf = content.Questions.ToDictionary(q => q.Id, q => q.Topic, StringComparer.Ordinal);

    /// <summary>Reads the person's row ahead of the answers that will change it (a quiz start), so each answer costs one write.</summary>
    public async Task WarmAsync(string personId, CancellationToken ct = default)
    {
        if (await roster.GetAsync(personId, ct) is { } person)
            await store.GetAsync(person.Department, person.ObjectId, ct);
    }

    public Task RecordAnswerAsync(QuizAttempt attempt, Mastery after, CancellationToken ct = default) =>
        UpdateAsync(attempt.PersonObjectId, r => RollupUpdates.Answer(r, attempt.QuestionId, topicOf.GetValueOrDefault(attempt.QuestionId),
            new QuestionRecall(attempt.AnsweredAt, after.Box, attempt.Correct, attempt.Key)), ct);

    public Task RecordPracticeAsync(string personId, DateTimeOffset at, CancellationToken ct = default) =>
        UpdateAsync(personId, r => RollupUpdates.Practice(r, at), ct);

    public Task RecordDrillAsync(string personId, DrillOutcome outcome, CancellationToken ct = default) =>
        UpdateAsync(personId, r => RollupUpdates.Drill(r, outcome, model.DrillHalfLife), ct);

    public Task RecordCheckAsync(string responsible, CheckRecord check, CancellationToken ct = default) =>
        UpdateAsync(responsible, r => RollupUpdates.Check(r, check, model.CheckRecordsKept), ct);

    private async Task UpdateAsync(string personId, Func<PersonRollup, PersonRollup?> change, CancellationToken ct)
    {
        if (await roster.GetAsync(personId, ct) is not { } person)
        {
            logger.LogWarning("Readiness event for {PersonId}, who is not on the roster; skipped", personId);
            return;
        }
        await store.UpdateAsync(person.Department, person.ObjectId, change, ct);
    }
}
