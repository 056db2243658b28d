namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Picks the next quiz for a person. Order of priority: questions that are overdue (missed ones
/// come due within minutes, so they lead), then questions never seen, then those not yet due.
/// </summary>
public static class QuestionSelector
{
    public static IReadOnlyList<Question> Select(
        IReadOnlyList<Question> bank,
        StaffMember person,
        IReadOnlyDictionary<string, Mastery> mastery,
        DateTimeOffset now,
        int count = 5,
        Random? random = null)
    {
        random ??= Random.Shared;
        var eligible = bank.Where(q => q.Roles.Count == 0 || q.Roles.Any(person.HasRole)).ToList();

        var seen = eligible.Where(q => mastery.ContainsKey(q.Id)).Select(q => (Question: q, Mastery: mastery[q.Id])).ToList();
        var overdue = seen.Where(s => s.Mastery.DueAt <= now)
            .OrderBy(s => s.Mastery.DueAt).ThenBy(s => s.Mastery.Box).ThenBy(s => s.Question.Id, StringComparer.Ordinal)
            .Select(s => s.Question);
        var notYetDue = seen.Where(s => s.Mastery.DueAt > now)
            .OrderBy(s => s.Mastery.DueAt).ThenBy(s => s.Mastery.Box).ThenBy(s => s.Question.Id, StringComparer.Ordinal)
            .Select(s => s.Question);
        var fresh = NeverSeenInterleaved(eligible.Where(q => !mastery.ContainsKey(q.Id)).ToList(), person, random);

        return overdue.Concat(fresh).Concat(notYetDue).Take(count).ToList();
    }

    /// <summary>
    /// One question per topic per round so a quiz is not five questions on fire; within a topic,
    /// and among topics, those written for the person's own roles come first. Shuffled first so
    /// two people with the same roles do not get the same quiz.
    /// </summary>
    private static IEnumerable<Question> NeverSeenInterleaved(List<Question> fresh, StaffMember person, Random random)
    {
        var shuffled = fresh.ToArray();
        random.Shuffle(shuffled);
        bool ForMyRoles(Question q) => q.Roles.Any(person.HasRole);

        var topics = shuffled
            .GroupBy(q => q.Topic, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Queue<Question>(g.OrderBy(q => ForMyRoles(q) ? 0 : 1)))
            .OrderBy(queue => ForMyRoles(queue.Peek()) ? 0 : 1)
            .ToList();

        while (topics.Count > 0)
        {
            foreach (var topic in topics) yield return topic.Dequeue();
            topics.RemoveAll(t => t.Count == 0);
        }
    }
}
