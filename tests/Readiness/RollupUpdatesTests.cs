using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Recording;
using static DrillPlatform.Tests.Readiness.ReadinessTestModel;

namespace DrillPlatform.Tests.Readiness;

public sealed class RollupUpdatesTests
{
    [Fact]
    public void Events_AppliedTwiceAndInAnyOrder_GiveTheSameRollup()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var events = RandomEvents(new Random(seed));
            var inOrder = events.Aggregate(PersonRollup.Empty("p1", "records"), (r, e) => e(r) ?? r);
            var shuffled = events.Concat(events).ToArray();
            new Random(seed + 100).Shuffle(shuffled);
            var mixed = shuffled.Aggregate(PersonRollup.Empty("p1", "records"), (r, e) => e(r) ?? r);

            Assert.Equal(Canonical(inOrder), Canonical(mixed));
        }
    }

    [Fact]
    public void Drill_SameDrillTwice_CountsOnce()
    {
        var once = PersonRollup.Empty("p1", "records").Apply(r => RollupUpdates.Drill(r, Drill("d1", Now, 80), Model.DrillHalfLife));

        Assert.Null(RollupUpdates.Drill(once, Drill("d1", Now, 80), Model.DrillHalfLife));
        Assert.Equal(1, once.Drills.Count);
    }

    [Fact]
    public void Answer_AnOlderAttempt_DoesNotReplaceANewerOne()
    {
        var newer = PersonRollup.Empty("p1", "records").Apply(r => RollupUpdates.Answer(r, "f1", "fire", Right(Now)));

        Assert.Null(RollupUpdates.Answer(newer, "f1", "fire", Wrong(Now.AddDays(-1))));
    }

    [Fact]
    public void Check_KeepsTheDoneDate_AndDropsRecordsOutsideTheWindow()
    {
        var due = new DateOnly(2026, 11, 1);
        var r = PersonRollup.Empty("p1", "records")
            .Apply(x => RollupUpdates.Check(x, new CheckRecord("old", "e1", "c", due.AddDays(-200), null), Model.CheckRecordsKept))
            .Apply(x => RollupUpdates.Check(x, new CheckRecord("t1", "e1", "c", due, due), Model.CheckRecordsKept));

        Assert.Null(RollupUpdates.Check(r, new CheckRecord("t1", "e1", "c", due, null), Model.CheckRecordsKept));
        Assert.Equal(["t1"], r.Checks.Select(c => c.TaskId));
    }

    internal static List<Func<PersonRollup, PersonRollup?>> RandomEvents(Random random)
    {
        var events = new List<Func<PersonRollup, PersonRollup?>>();
        var start = Now.AddDays(-400);
        for (var i = 0; i < 40; i++)
        {
            var at = start.AddMinutes(random.Next(0, 400 * 24 * 60));
            var pick = random.Next(4);
            var (id, score, answered, right, box) = ($"e{i}", random.Next(0, 101), random.Next(3) > 0, random.Next(2) == 0, random.Next(1, 6));
            var n = random.Next(6);
            var (question, topic) = ($"q{n}", $"topic{n % 2}");
            var due = DateOnly.FromDateTime(at.UtcDateTime);
            var done = random.Next(2) == 0 ? due.AddDays(random.Next(0, 3)) : (DateOnly?)null;
            events.Add(pick switch
            {
                0 => r => RollupUpdates.Answer(r, question, topic, new QuestionRecall(at, right ? box : 0, right, $"s{i}/0")),
                1 => r => RollupUpdates.Drill(r, new DrillOutcome(id, "fire", at, answered ? score : 0, answered, []), Model.DrillHalfLife),
                2 => r => RollupUpdates.Practice(r, at),
                _ => r => RollupUpdates.Check(r, new CheckRecord(id, "e1", "monthly", due, done), Model.CheckRecordsKept),
            });
            if (pick == 3 && done is not null) // the same check opened earlier, as the scheduler records it
                events.Add(r => RollupUpdates.Check(r, new CheckRecord(id, "e1", "monthly", due, null), Model.CheckRecordsKept));
        }
        return events;
    }

    /// <summary>
    /// The roll-up as JSON with sums rounded and each topic as its recall at a fixed moment, so neither
    /// floating-point order nor where the topic's sums are referred to counts as a difference.
    /// </summary>
    internal static string Canonical(PersonRollup r) => JsonSerializer.Serialize(r with
    {
        Version = null,
        Questions = new SortedDictionary<string, QuestionRecall>(r.Questions.ToDictionary(kv => kv.Key, kv => kv.Value)),
        Topics = new SortedDictionary<string, TopicRecall>(r.Topics.ToDictionary(kv => kv.Key,
            kv => new TopicRecall(Now, [Math.Round(kv.Value.RecallAt(Now), 9)]))),
        Drills = r.Drills with { DecayedSum = Math.Round(r.Drills.DecayedSum, 6), DecayedWeight = Math.Round(r.Drills.DecayedWeight, 9) },
    });
}
