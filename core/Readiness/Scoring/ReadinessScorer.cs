using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Scoring;

/// <summary>
/// Turns a roll-up into a score at a given moment; pure, so the formula is pinned by unit tests.
///   Knowledge: per topic the person's roles require (a topic with a question for them), mean over
///     its questions of recall 2^(-days since a right answer / its Leitner box interval), 0 if the
///     last answer was wrong or there was none; knowledge = mean over topics.
///   Drills: recency-weighted mean of drill scores (weight 2^(-age/half-life)), non-response = 0.
///   Equipment (responsible people only): share of checks due in the window done by due + grace.
///   Score = weighted mean of the parts that apply (weights renormalised), 0..100.
///   Gates: no training in TrainingGate.Months, no drill answered in DrillGate.Months → not ready.
/// </summary>
public sealed class ReadinessScorer(ReadinessModel model, IReadOnlyList<Question> bank, Func<string, Localized> scenarioTitle, TimeZoneInfo zone)
{
    public const int MaxReasons = 3;
    private const double GateShortfall = 1000;

    public ReadinessModel Model => model;

    public PersonReadiness Score(StaffMember person, PersonRollup? rollup, DateTimeOffset now)
    {
        rollup ??= PersonRollup.Empty(person.ObjectId, person.Department);
        var topics = Topics(person, rollup, now);
        double? knowledge = topics.Count == 0 ? null : 100 * topics.Average(t => t.Mastery);
        var drills = rollup.Drills.Mean;
        var (equipment, due, late, overdue) = Equipment(rollup, now);

        var parts = new (double? Value, double Weight)[] { (knowledge, model.Weights.Knowledge), (drills, model.Weights.Drills), (equipment, model.Weights.Equipment) };
        var applicable = parts.Where(p => p.Value is not null && p.Weight > 0).ToList();
        var totalWeight = applicable.Sum(p => p.Weight);
        var score = totalWeight == 0 ? 0 : (int)Math.Round(applicable.Sum(p => p.Value!.Value * p.Weight) / totalWeight, MidpointRounding.AwayFromZero);

        var gates = FailedGates(rollup, now);
        var band = gates.Count > 0 || score < model.AtRiskAt ? ReadinessBand.NotReady : score < model.ReadyAt ? ReadinessBand.AtRisk : ReadinessBand.Ready;

        var candidates = new List<ReadinessReason>();
        candidates.AddRange(gates.Select(g => GateReason(g, rollup)));
        if (knowledge is not null && totalWeight > 0)
            candidates.AddRange(topics.Select(t => new ReadinessReason("topic",
                ReadinessText.Fill(model.Text("reason_topic"), ("topic", TopicLabel(t.Topic)), ("recalled", ReadinessText.Number(t.Recalled)), ("total", ReadinessText.Number(t.Total))),
                model.Weights.Knowledge / totalWeight * 100 * (1 - t.Mastery) / topics.Count)));
        if (drills is { } d && totalWeight > 0 && DrillReason(rollup.Drills, model.Weights.Drills / totalWeight * (100 - d)) is { } drillReason)
            candidates.Add(drillReason);
        if (equipment is { } e && totalWeight > 0 && late > 0)
            candidates.Add(new ReadinessReason("checks",
                ReadinessText.Fill(model.Text("reason_checks"), ("late", ReadinessText.Number(late)), ("due", ReadinessText.Number(due)), ("days", ReadinessText.Number(model.CheckWindow.TotalDays))),
                model.Weights.Equipment / totalWeight * (100 - e)));

        var reasons = candidates.Where(c => c.Shortfall > 0.005).OrderByDescending(c => c.Shortfall).Take(MaxReasons).ToList();
        if (reasons.Count == 0) reasons.Add(new ReadinessReason("none", model.Text("reason_none"), 0));

        return new PersonReadiness(person.ObjectId, person.Name, person.Department, person.Roles, score, band,
            knowledge, drills, equipment, topics, gates, reasons, Next(reasons[0], topics, rollup), rollup.LastTrainingAt, overdue);
    }

    // Mean recall over the topic's questions meant for the person; Recalled is that sum, rounded (the expected number recalled).
    private List<TopicMastery> Topics(StaffMember person, PersonRollup rollup, DateTimeOffset now) =>
        bank.Where(q => q.Roles.Count == 0 || q.Roles.Any(person.HasRole))
            .GroupBy(q => q.Topic, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Count();
                var recalled = Math.Min(total, rollup.Topics.GetValueOrDefault(g.Key)?.RecallAt(now) ?? 0);
                return new TopicMastery(g.Key, recalled / total, (int)Math.Round(recalled, MidpointRounding.AwayFromZero), total);
            })
            .OrderBy(t => TopicOrder(t.Topic)).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .ToList();

    private (double? Share, int Due, int Late, IReadOnlyList<CheckRecord> Overdue) Equipment(PersonRollup rollup, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var from = today.AddDays(-(int)model.CheckWindow.TotalDays);
        var counted = rollup.Checks
            .Where(c => c.DueDate >= from && c.DueDate <= today)
            .Select(c => (Check: c, Deadline: c.DueDate.AddDays(model.CheckGraceDays)))
            .Where(c => c.Check.DoneDate is not null || c.Deadline < today)
            .ToList();
        var onTime = counted.Count(c => c.Check.DoneDate <= c.Deadline);
        var overdue = rollup.Checks.Where(c => c.DoneDate is null && c.DueDate.AddDays(model.CheckGraceDays) < today).ToList();
        return counted.Count == 0 ? (null, 0, 0, overdue) : (100.0 * onTime / counted.Count, counted.Count, counted.Count - onTime, overdue);
    }

    private List<string> FailedGates(PersonRollup rollup, DateTimeOffset now)
    {
        var failed = new List<string>();
        if (!(rollup.LastTrainingAt >= now.AddMonths(-model.TrainingGate.Months))) failed.Add(model.TrainingGate.Id);
        if (!(rollup.LastDrillAnsweredAt >= now.AddMonths(-model.DrillGate.Months))) failed.Add(model.DrillGate.Id);
        return failed;
    }

    private ReadinessReason GateReason(string gate, PersonRollup rollup) => gate == model.TrainingGate.Id
        ? new ReadinessReason("gate-training", model.Text("reason_gate_training"), GateShortfall + 1)
        : new ReadinessReason("gate-drill", rollup.LastDrillAnsweredAt is { } last
            ? ReadinessText.Fill(model.Text("reason_gate_drill"), ("date", ReadinessText.Date(last, zone)))
            : model.Text("reason_gate_drill_never"), GateShortfall);

    // The latest drill not answered, else the lowest score among the recent ones.
    private ReadinessReason? DrillReason(DrillRollup drills, double shortfall)
    {
        var missed = drills.Recent.Where(o => !o.Answered).MaxBy(o => o.At);
        var worst = missed ?? drills.Recent.Where(o => o.Score < 100).MinBy(o => o.Score);
        if (worst is null) return null;
        var (date, scenario) = (ReadinessText.Date(worst.At, zone), scenarioTitle(worst.ScenarioId));
        var text = missed is not null
            ? ReadinessText.Fill(model.Text("reason_drill_missed"), ("scenario", scenario), ("date", date))
            : ReadinessText.Fill(model.Text("reason_drill_low"), ("scenario", scenario), ("date", date), ("score", ReadinessText.Number(worst.Score)));
        return new ReadinessReason("drill", text, shortfall);
    }

    private NextStep Next(ReadinessReason top, IReadOnlyList<TopicMastery> topics, PersonRollup rollup)
    {
        var weakest = topics.OrderBy(t => t.Mastery).FirstOrDefault();
        var scenario = rollup.Drills.Recent.Where(o => !o.Answered).MaxBy(o => o.At)?.ScenarioId
            ?? rollup.Drills.Recent.MinBy(o => o.Score)?.ScenarioId;
        return top.Kind switch
        {
            "checks" => new NextStep("checks", model.Text("next_checks")),
            "drill" or "gate-drill" when scenario is not null => new NextStep("practice",
                ReadinessText.Fill(model.Text("next_practice"), ("scenario", scenarioTitle(scenario)), ("id", ReadinessText.Same(scenario))), ScenarioId: scenario),
            "drill" or "gate-drill" => new NextStep("practice", model.Text("next_practice_any")),
            "none" => new NextStep("keep", model.Text("next_keep")),
            _ when weakest is not null => new NextStep("quiz", ReadinessText.Fill(model.Text("next_quiz"), ("topic", TopicLabel(weakest.Topic))), Topic: weakest.Topic),
            _ => new NextStep("practice", model.Text("next_practice_any")),
        };
    }

    public Localized TopicLabel(string topic) => model.Topic(topic)?.Label ?? ReadinessText.Same(topic);

    private int TopicOrder(string topic)
    {
        var i = model.Topics.ToList().FindIndex(t => t.Id == topic);
        return i < 0 ? int.MaxValue : i;
    }
}
