using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Storage;

namespace DrillPlatform.Core.Readiness.Rebuild;

/// <summary>
/// rebuild-readiness: recomputes every roll-up from the raw history with the same RollupUpdates the
/// incremental path uses (quiz boxes replayed through SpacedRepetition in answer order), writes
/// them, and removes rows of people or departments that no longer have any. Run it after changing
/// the drill half-life, after moving people between departments, or to check the incremental path.
/// </summary>
public sealed class ReadinessRebuild(ReadinessHistory history, ReadinessStore store, RosterStore roster, ReadinessModel model, SiteClockProvider clocks,
    ContentBundle content, ILogger<ReadinessRebuild> logger)
{
    public async Task<IReadOnlyList<PersonRollup>> ComputeAsync(CancellationToken ct = default)
    {
        var people = (await roster.ListAsync(null, ct)).ToDictionary(p => DrillPlatform.Core.Storage.PersonKey.For(p.ObjectId), StringComparer.OrdinalIgnoreCase);
        var rollups = new Dictionary<string, PersonRollup>(StringComparer.OrdinalIgnoreCase);
        var topicOf = content.Questions.ToDictionary(q => q.Id, q => q.Topic, StringComparer.Ordinal);
        void Apply(string personId, Func<PersonRollup, PersonRollup?> change)
        {
            var key = DrillPlatform.Core.Storage.PersonKey.For(personId);
            if (!people.TryGetValue(key, out var person)) return;
            var current = rollups.GetValueOrDefault(key) ?? PersonRollup.Empty(key, person.Department.Trim());
            rollups[key] = change(current) ?? current;
        }

        foreach (var answers in (await history.AttemptsAsync(ct)).GroupBy(a => (DrillPlatform.Core.Storage.PersonKey.For(a.PersonObjectId), a.QuestionId)))
        {
            Mastery? mastery = null;
            foreach (var a in answers.OrderBy(a => a.AnsweredAt).ThenBy(a => a.Key, StringComparer.Ordinal))
            {
                mastery = SpacedRepetition.Next(mastery, a.Correct, a.AnsweredAt);
                var box = mastery.Box;
                Apply(a.PersonObjectId, r => RollupUpdates.Answer(r, a.QuestionId, topicOf.GetValueOrDefault(a.QuestionId), new QuestionRecall(a.AnsweredAt, box, a.Correct, a.Key)));
            }
        }
        foreach (var (drill, participants) in await history.ClosedDrillsAsync(ct))
            foreach (var p in participants)
                if (ReadinessEvents.Drill(drill, p, p.Score, p.MissedActions, drill.ClosedAt ?? drill.PlannedAt) is { } outcome)
                    Apply(p.PersonId, r => RollupUpdates.Drill(r, outcome, model.DrillHalfLife));
        foreach (var (person, at) in await history.PracticeAnswersAsync(ct))
            Apply(person, r => RollupUpdates.Practice(r, at));
        foreach (var task in await history.CheckTasksAsync(ct))
            if (ReadinessEvents.Check(task, clocks.For(task.Site)) is { } check)
                Apply(task.Responsible, r => RollupUpdates.Check(r, check, model.CheckRecordsKept));
        return rollups.Values.ToList();
    }

    /// <returns>How many roll-ups were written and how many stale rows removed.</returns>
    public async Task<(int Written, int Removed)> RunAsync(CancellationToken ct = default)
    {
        var rebuilt = await ComputeAsync(ct);
        var keep = rebuilt.Select(r => (ReadinessTables.Department(r.Department), ReadinessTables.Person(r.PersonId))).ToHashSet();
        var stale = (await store.ListAllAsync(ct)).Where(r => !keep.Contains((ReadinessTables.Department(r.Department), ReadinessTables.Person(r.PersonId)))).ToList();
        await Parallel.ForEachAsync(rebuilt, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (r, token) => await store.ReplaceAsync(r, token));
        foreach (var r in stale) await store.DeleteAsync(r, ct);
        logger.LogInformation("Readiness rebuilt: {Written} roll-ups written, {Removed} stale removed", rebuilt.Count, stale.Count);
        return (rebuilt.Count, stale.Count);
    }
}
