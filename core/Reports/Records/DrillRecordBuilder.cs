using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Core.Reports.Records;

/// <summary>Turns a closing drill's rows into its <see cref="DrillRecord"/>. Pure, so every figure is tested without storage.</summary>
public sealed class DrillRecordBuilder(SiteCalendar calendar, ScenarioCatalog catalog)
{
    public static readonly IReadOnlyList<(int From, int To)> Bands = [(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)];

    public DrillRecord Build(Drill drill, DrillMode mode, IReadOnlyList<Participant> participants, IReadOnlyList<ParticipantScore> scores, DateTimeOffset closedAt)
    {
        var launched = drill.LaunchedAt ?? drill.PlannedAt;
        var scoreOf = scores.ToDictionary(s => s.PersonId, StringComparer.OrdinalIgnoreCase);
        // "Reached" is readiness's rule, so the record and the roll-ups count the same people.
        var reached = participants
            .Select(p => (Person: p, Outcome: ReadinessEvents.Drill(drill, p, scoreOf.GetValueOrDefault(p.PersonId)?.Score, scoreOf.GetValueOrDefault(p.PersonId)?.MissedActions ?? [], closedAt)))
            .Where(x => x.Outcome is not null).ToList();
        var answered = participants.Where(p => p.AnsweredAt is not null || p.Status == ParticipantStatus.Answered).ToList();
        var times = participants.Where(p => p is { AnsweredAt: not null, PromptedAt: not null })
            .Select(p => Math.Max(0, (p.AnsweredAt!.Value - p.PromptedAt!.Value).TotalSeconds)).Order().ToList();
        var smsSent = participants.Where(p => p.EscalatedAt is not null && p.Reason is null).ToList();

        return new DrillRecord
        {
            DrillId = drill.Id,
            ScenarioId = drill.ScenarioId,
            Department = drill.Department,
            Mode = mode,
            ScheduleId = drill.ScheduleId,
            LaunchedAt = launched,
            LocalLaunch = DateTime.SpecifyKind(calendar.ToLocal(launched).DateTime, DateTimeKind.Unspecified),
            Shift = calendar.ShiftAt(launched).Id,
            ClosedAt = closedAt,
            Counts = new DrillCounts(
                Invited: participants.Count,
                Prompted: reached.Count,
                Answered: answered.Count,
                NoResponse: reached.Count(x => !x.Outcome!.Answered),
                Failed: participants.Count(p => p.Status == ParticipantStatus.Failed),
                SmsSent: smsSent.Count),
            Response = new ResponseTimes(times.Count, Median(times), Percentile(times, 0.9)),
            MeanScore = reached.Count == 0 ? null : Math.Round(reached.Average(x => x.Outcome!.Score), 1),
            Scores = Bands.Select(b => new ScoreBand(b.From, b.To, reached.Count(x => InBand(x.Outcome!.Score, b)))).ToList(),
            Missed = reached.SelectMany(x => x.Outcome!.MissedActions.Distinct())
                .GroupBy(id => id, StringComparer.Ordinal)
                .Select(g => new MissedAction(g.Key, g.Count(), catalog.Action(g.Key)?.Citation ?? []))
                .OrderByDescending(m => m.MissedBy).ThenBy(m => m.ActionId, StringComparer.Ordinal).ToList(),
            Timeline = Timeline(launched, participants.Count, answered, smsSent, closedAt),
        };
    }

    private static List<TimelineEntry> Timeline(DateTimeOffset launched, int invited, List<Participant> answered, List<Participant> sms, DateTimeOffset closedAt)
    {
        var timeline = new List<TimelineEntry> { new(launched, "launched", invited) };
        if (answered.Where(p => p.AnsweredAt is not null).MinBy(p => p.AnsweredAt) is { } first)
            timeline.Add(new(first.AnsweredAt!.Value, "first-answer", 1));
        timeline.AddRange(sms.GroupBy(p => Minute(p.EscalatedAt!.Value)).Select(g => new TimelineEntry(g.Key, "sms", g.Count())));
        timeline.Add(new(closedAt, "closed", answered.Count));
        return timeline.OrderBy(t => t.At).ToList();
    }

    private static DateTimeOffset Minute(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private static bool InBand(double score, (int From, int To) band)
    {
        var s = (int)Math.Round(score, MidpointRounding.AwayFromZero);
        return s >= band.From && s <= band.To;
    }

    public static double? Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>Nearest rank: the smallest value with at least share·n values at or below it.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
