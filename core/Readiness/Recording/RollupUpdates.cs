using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Recording;

/// <summary>
/// How each event changes a roll-up. Every change is idempotent (applying an event twice equals
/// applying it once) and order-free (events in any order give the same row), which is what lets
/// the incremental path and rebuild-readiness agree. Each returns null when there is nothing to write.
/// </summary>
public static class RollupUpdates
{
    /// <summary>
    /// Latest answer per question wins (by time, then attempt key), so a replayed or late attempt
    /// cannot undo a newer one. The topic's sums lose the question's previous right answer and gain
    /// the new one if it is right. <paramref name="topic"/> is null for a question no longer in the bank.
    /// </summary>
    public static PersonRollup? Answer(PersonRollup r, string questionId, string? topic, QuestionRecall answer)
    {
        var known = r.Questions.GetValueOrDefault(questionId);
        if (known is not null && !IsNewer(answer, known)) return null;
        var questions = new Dictionary<string, QuestionRecall>(r.Questions) { [questionId] = answer };
        var topics = new Dictionary<string, TopicRecall>(r.Topics);
        if (topic is not null)
        {
            var recall = topics.GetValueOrDefault(topic) ?? TopicRecall.None;
            if (known is { Right: true }) recall = recall.Remove(known);
            if (answer.Right) recall = recall.Add(answer);
            topics[topic] = recall;
        }
        return r with { Questions = questions, Topics = topics, LastQuizAt = Max(r.LastQuizAt, answer.ReviewedAt) };
    }

    public static PersonRollup? Practice(PersonRollup r, DateTimeOffset at) =>
        r.LastPracticeAt >= at ? null : r with { LastPracticeAt = at };

    /// <summary>Adds one drill result to the decayed sums, once per drill id.</summary>
    public static PersonRollup? Drill(PersonRollup r, DrillOutcome outcome, TimeSpan halfLife)
    {
        var d = r.Drills;
        if (d.Applied.Contains(outcome.DrillId, StringComparer.Ordinal)) return null;

        var reference = d.ReferenceAt is { } t && t > outcome.At ? t : outcome.At;
        var carried = d.ReferenceAt is { } previous ? Decay(reference - previous, halfLife) : 0;
        var weight = Decay(reference - outcome.At, halfLife);
        var drills = new DrillRollup(
            d.DecayedSum * carried + outcome.Score * weight,
            d.DecayedWeight * carried + weight,
            reference,
            d.Count + 1,
            d.Recent.Append(outcome).OrderByDescending(o => o.At).ThenBy(o => o.DrillId, StringComparer.Ordinal).Take(DrillRollup.RecentKept).ToList(),
            d.Applied.Append(outcome.DrillId).Order(StringComparer.Ordinal).ToList());
        return r with
        {
            Drills = drills,
            LastDrillAnsweredAt = outcome.Answered ? Max(r.LastDrillAnsweredAt, outcome.At) : r.LastDrillAnsweredAt,
        };
    }

    /// <summary>
    /// A check opened (DoneDate null) or done. The done date, once known, stays; records more than
    /// <paramref name="keep"/> before the newest due date are dropped, so the row stays the size of the window.
    /// </summary>
    public static PersonRollup? Check(PersonRollup r, CheckRecord check, TimeSpan keep)
    {
        var known = r.Checks.FirstOrDefault(c => c.TaskId == check.TaskId);
        if (known is not null && (known.DoneDate is not null || check.DoneDate is null)) return null;
        var merged = r.Checks.Where(c => c.TaskId != check.TaskId).Append(check).ToList();
        var newest = merged.Max(c => c.DueDate);
        var oldest = newest.AddDays(-(int)Math.Ceiling(keep.TotalDays));
        var kept = merged.Where(c => c.DueDate >= oldest).OrderBy(c => c.DueDate).ThenBy(c => c.TaskId, StringComparer.Ordinal).ToList();
        return r with { Checks = kept };
    }

    public static double Decay(TimeSpan age, TimeSpan halfLife) => Math.Pow(2, -age.TotalDays / halfLife.TotalDays);

    private static bool IsNewer(QuestionRecall a, QuestionRecall b) =>
        a.ReviewedAt > b.ReviewedAt || (a.ReviewedAt == b.ReviewedAt && string.CompareOrdinal(a.Attempt, b.Attempt) > 0);

    private static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
