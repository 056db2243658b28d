using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>One participant's result at the close: the walk's score, or 0 and every plan action missed without a walk.</summary>
public sealed record ParticipantScore(string PersonId, int Score, IReadOnlyList<string> MissedActions);

/// <summary>
/// Scores a closed drill and summarises it. Pure: the stores' rows come in, the summary goes out,
/// so the figures (median, per-step counts, missed actions) are tested without storage.
/// </summary>
public sealed class DrillSummaryBuilder(ScenarioCatalog catalog, ScenarioEngine engine, SiteRegistry site)
{
    public (DrillSummary Summary, IReadOnlyList<ParticipantScore> Scores) Build(
        Drill drill, IReadOnlyList<Participant> participants, IReadOnlyList<StoredWalk> walks,
        IReadOnlyDictionary<string, StaffMember> people, DateTimeOffset closedAt)
    {
        var scenario = catalog.Get(drill.ScenarioId);
        var byPerson = walks.ToDictionary(w => w.PersonId, w => engine.Timeout(w.State, closedAt).State, StringComparer.OrdinalIgnoreCase);
        // Everyone in a drill faces the same situation; people without a walk are scored against it too.
        var parameters = byPerson.Values.FirstOrDefault()?.Parameters ?? ScenarioParameters.Resolve(scenario, site);

        var scores = participants.Select(p => byPerson.TryGetValue(p.PersonId, out var state)
            ? Scored(p.PersonId, ScenarioScorer.Score(scenario, state))
            : Scored(p.PersonId, ScenarioScorer.Score(scenario, Untouched(scenario, parameters, closedAt)), zero: true)).ToList();
        var scoreOf = scores.ToDictionary(s => s.PersonId, StringComparer.OrdinalIgnoreCase);

        var summaries = participants.Select(p => new ParticipantSummary(
                p.PersonId,
                people.TryGetValue(p.PersonId, out var who) ? who.Name : p.PersonId,
                p.Status,
                scoreOf[p.PersonId].Score,
                scoreOf[p.PersonId].MissedActions,
                p.Reason))
            .OrderBy(p => p.Score).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

        var summary = new DrillSummary(
            drill.Id, drill.ScenarioId, drill.Department, drill.LaunchedAt, closedAt,
            Participants: participants.Count,
            Answered: participants.Count(p => p.AnsweredAt is not null),
            Escalated: participants.Count(p => p.EscalatedAt is not null || p.Status == ParticipantStatus.Escalated),
            Failed: participants.Count(p => p.Status == ParticipantStatus.Failed),
            MedianTimeToAnswer: Median(participants.Where(p => p is { AnsweredAt: not null, PromptedAt: not null }).Select(p => p.AnsweredAt!.Value - p.PromptedAt!.Value)),
            Steps: Steps(scenario, parameters, byPerson.Values.ToList(), participants.Count),
            People: summaries);
        return (summary, scores);
    }

    public static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    // The plan's path first, in order, then any other step someone reached (consequences of wrong turns).
    private static List<StepSummary> Steps(Scenario scenario, IReadOnlyDictionary<string, string> parameters, List<WalkState> walks, int participants)
    {
        var firsts = walks.Select(w => w.History.GroupBy(r => r.StepId).ToDictionary(g => g.Key, g => g.First())).ToList();
        var right = ScenarioPath.Right(scenario, parameters).Select(s => s.Id).ToList();
        var reached = firsts.SelectMany(f => f.Keys).Distinct().Where(id => !right.Contains(id));
        return right.Concat(scenario.Steps.Select(s => s.Id).Where(reached.Contains)).Select(id =>
        {
            var records = firsts.Where(f => f.ContainsKey(id)).Select(f => f[id]).ToList();
            return new StepSummary(id, records.Count(r => r.Correct), records.Count(r => !r.Correct && !r.TimedOut), records.Count(r => r.TimedOut))
            {
                NotReached = participants - records.Count,
            };
        }).ToList();
    }

    private static WalkState Untouched(Scenario scenario, IReadOnlyDictionary<string, string> parameters, DateTimeOffset at) =>
        new(scenario.Id, parameters, at, scenario.Start, at, [], null);

    private static ParticipantScore Scored(string personId, ScenarioScore score, bool zero = false) =>
        new(personId, zero ? 0 : score.Score, score.MissedActions);
}
