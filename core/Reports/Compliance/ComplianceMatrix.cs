using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Core.Reports.Compliance;

/// <summary>
/// The compliance matrix of a department and period. Pure: the roll-ups come in, the rows go out,
/// so every gap and pattern it flags is tested on a seeded history without storage.
/// Time-of-day variety looks at the four quarters that end with the period.
/// </summary>
public sealed class ComplianceMatrix(IReadOnlyDictionary<string, Requirement> requirements)
{
    public static readonly string[] Requirements =
    [
        "drills-per-quarter-shift", "unannounced-share", "time-of-day-variety", "drill-every-six-months", "training-twelve-months",
        "extinguisher-monthly", "extinguisher-annual", "exits-monthly", "store-climate", "backup-restore", "corrective-actions",
    ];

    public ComplianceReport Build(ComplianceInput input)
    {
        var end = input.To < input.Today ? input.To : input.Today;
        var inPeriod = input.Drills.Where(d => Date(d) >= input.From && Date(d) <= input.To).OrderBy(d => d.LocalLaunch).ToList();
        var rows = new List<ComplianceRow>();

        var quarters = Quarters(input.From, input.To);
        var cells = quarters.SelectMany(q => input.Shifts.Select(s => new DrillCell(q, s.Id, inPeriod.Count(d => Quarter(Date(d)) == q && d.Shift == s.Id)))).ToList();
        var empty = cells.Where(c => c.Drills == 0).Select(c => $"{c.Quarter} {c.Shift}: no drill").ToList();
        var people = input.People.Count(p => p.PromptedInPeriod);
        var prompts = inPeriod.Sum(d => d.Counts.Prompted);
        rows.Add(Row("drills-per-quarter-shift", empty,
            Inv($"{inPeriod.Count} drills; {cells.Count - empty.Count} of {cells.Count} quarter-shifts drilled; {people} people, {prompts} prompts")));

        var unannounced = inPeriod.Count(d => d.Unannounced);
        var share = inPeriod.Count == 0 ? 0 : 100.0 * unannounced / inPeriod.Count;
        rows.Add(Row("unannounced-share", share < 50 ? [Inv($"{share:0}% unannounced, below 50%")] : [],
            Inv($"{unannounced} of {inPeriod.Count} drills unannounced ({share:0}%)")));

        var yearStart = QuarterStart(input.To).AddMonths(-9);
        var lastYear = input.Drills.Where(d => Date(d) >= yearStart && Date(d) <= input.To).OrderBy(d => d.LocalLaunch).ToList();
        var close = (from a in lastYear
                     from b in lastYear
                     where string.CompareOrdinal(a.DrillId, b.DrillId) < 0 && a.Shift == b.Shift && MinutesApart(a.LocalLaunch, b.LocalLaunch) <= 60
                     select Inv($"{a.DrillId} ({a.LocalLaunch:yyyy-MM-dd HH:mm}) and {b.DrillId} ({b.LocalLaunch:yyyy-MM-dd HH:mm}): same {a.Shift} shift, {MinutesApart(a.LocalLaunch, b.LocalLaunch)} min apart in time of day")).ToList();
        rows.Add(Row("time-of-day-variety", close, Inv($"{lastYear.Count} drills in the four quarters from {yearStart:yyyy-MM}")));

        rows.Add(Row("drill-every-six-months", SixMonthGaps(input, end), Inv($"{inPeriod.Count} drills in the period")));

        var cutoff = end.AddMonths(-12);
        var lapsed = input.People.Where(p => p.LastTrained is not { } t || t < cutoff).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        rows.Add(Row("training-twelve-months", lapsed.Select(p => Inv($"{p.Name}: last trained {(p.LastTrained is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never")}")).ToList(),
            Inv($"{input.People.Count - lapsed.Count} of {input.People.Count} people trained since {cutoff:yyyy-MM-dd}")));

        var months = CheckMonths(input, end);
        rows.Add(CheckRow("extinguisher-monthly", months, "extinguisher-monthly"));
        rows.Add(Row("extinguisher-annual", AnnualMissing(input, end), Inv($"{Extinguishers(input).Count} extinguishers")));
        rows.Add(CheckRow("exits-monthly", months, "exit-monthly"));
        rows.Add(CheckRow("store-climate", months, "climate-weekly"));
        var backups = months.Where(m => m.CheckId == "backup-weekly").ToList();
        rows.Add(Row("backup-restore", backups.SelectMany(m => m.Missing.Select(id => $"{m.Month} {id}: not done"))
                .Concat(backups.Where(m => m.Failed > 0).Select(m => $"{m.Month}: {m.Failed} failed")).ToList(),
            Inv($"{backups.Sum(m => m.Done - m.Failed)} passed, {backups.Sum(m => m.Failed)} failed, {backups.Sum(m => m.Missing.Count)} missing")));

        bool OpenAt(CorrectiveAction a) => Local(a.CreatedAt, input.Zone) <= end && (a.ClosedAt is not { } c || Local(c, input.Zone) > end);
        var actions = new ActionSummary(
            Open: input.Actions.Count(OpenAt),
            Overdue: input.Actions.Count(a => OpenAt(a) && a.DueDate < end),
            Closed: input.Actions.Count(a => a.ClosedAt is { } c && Local(c, input.Zone) >= input.From && Local(c, input.Zone) <= input.To));
        rows.Add(Row("corrective-actions", actions.Overdue > 0 ? [Inv($"{actions.Overdue} overdue")] : [],
            Inv($"{actions.Open} open, {actions.Overdue} overdue, {actions.Closed} closed in the period")));

        var list = inPeriod.Select(d => new DrillLine(d.DrillId, d.ScenarioId, d.LocalLaunch, d.Shift, d.Unannounced, d.Counts.Invited, d.Counts.Prompted, d.Counts.Answered, d.MeanScore)).ToList();
        return new ComplianceReport(input.Department, input.From, input.To, rows,
            new DrillMatrix(quarters, input.Shifts.Select(s => s.Id).ToList(), cells, inPeriod.Count, unannounced, people, prompts, list),
            new TrainingSummary(input.People.Count, input.People.Count - lapsed.Count, lapsed), months, actions);
    }

    private ComplianceRow Row(string id, IReadOnlyList<string> flags, string value)
    {
        var r = requirements[id];
        return new ComplianceRow(id, r.Title, r.Plan, r.Source, flags.Count > 0, value, flags);
    }

    private ComplianceRow CheckRow(string id, IReadOnlyList<CheckMonth> months, string checkId)
    {
        var of = months.Where(m => m.CheckId == checkId).ToList();
        return Row(id, of.Where(m => m.Missing.Count > 0).Select(m => $"{m.Month}: missing {string.Join(", ", m.Missing)}").ToList(),
            Inv($"{of.Sum(m => m.Done)} of {of.Sum(m => m.Due + m.Missing.Count(x => x.EndsWith(" (not scheduled)", StringComparison.Ordinal)))} checks done over {of.Count} months"));
    }

    // Months of the period up to the end date; an extinguisher's monthly check that was never even scheduled counts as missing.
    private static List<CheckMonth> CheckMonths(ComplianceInput input, DateOnly end)
    {
        var tasks = input.Checks.Where(t => !t.IsFollowUp && t.Department == input.Department && t.DueDate >= input.From && t.DueDate <= input.To).ToList();
        var result = new List<CheckMonth>();
        foreach (var group in tasks.GroupBy(t => (t.CheckId, Month: t.DueDate.ToString("yyyy-MM", CultureInfo.InvariantCulture))).OrderBy(g => g.Key.CheckId).ThenBy(g => g.Key.Month))
        {
            var missing = group.Where(t => t.Status != CheckStatus.Completed && t.DueDate < end).Select(t => t.EquipmentId).Order(StringComparer.Ordinal).ToList();
            result.Add(new CheckMonth(group.Key.CheckId, group.Key.Month, group.Count(), group.Count(t => t.Status == CheckStatus.Completed),
                group.Count(t => t.Status == CheckStatus.Completed && t.Answers.Any(a => !a.Pass)), missing));
        }
        for (var m = new DateOnly(input.From.Year, input.From.Month, 1); m <= end; m = m.AddMonths(1))
        {
            var month = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var scheduled = tasks.Where(t => t.CheckId == "extinguisher-monthly" && t.DueDate.Year == m.Year && t.DueDate.Month == m.Month).Select(t => t.EquipmentId).ToHashSet();
            var never = Extinguishers(input).Where(e => e.InstalledOn <= m.AddMonths(1).AddDays(-1) && !scheduled.Contains(e.Id)).Select(e => e.Id + " (not scheduled)").ToList();
            if (never.Count == 0) continue;
            var at = result.FindIndex(c => c.CheckId == "extinguisher-monthly" && c.Month == month);
            if (at < 0) result.Add(new CheckMonth("extinguisher-monthly", month, 0, 0, 0, never));
            else result[at] = result[at] with { Missing = result[at].Missing.Concat(never).ToList() };
        }
        return result.OrderBy(c => c.CheckId, StringComparer.Ordinal).ThenBy(c => c.Month, StringComparer.Ordinal).ToList();
    }

    private static List<string> AnnualMissing(ComplianceInput input, DateOnly end) =>
        Extinguishers(input)
            .Where(e => !input.Checks.Any(t => t.EquipmentId == e.Id && t.CheckId == "extinguisher-annual" && t.Status == CheckStatus.Completed
                && t.CompletedAt is { } c && Local(c, input.Zone) > end.AddMonths(-12)))
            .Select(e => Inv($"{e.Id}: no yearly inspection since {end.AddMonths(-12):yyyy-MM-dd}")).ToList();

    private static List<EquipmentItem> Extinguishers(ComplianceInput input) =>
        input.Equipment.Where(e => e.Kind == EquipmentKinds.Extinguisher && e.Department == input.Department).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    private static List<string> SixMonthGaps(ComplianceInput input, DateOnly end)
    {
        var dates = input.Drills.Select(Date).Where(d => d <= input.To).Order().ToList();
        var gaps = new List<string>();
        var previous = dates.LastOrDefault(d => d <= input.From) is var p && p != default ? p : (DateOnly?)null;
        var start = previous ?? input.From;
        foreach (var d in dates.Where(d => d > input.From).Append(end))
        {
            if (d > start.AddMonths(6)) gaps.Add(Inv($"no drill from {start:yyyy-MM-dd} to {d:yyyy-MM-dd} (more than 6 months)"));
            start = d;
        }
        return gaps;
    }

    private static int MinutesApart(DateTime a, DateTime b)
    {
        var diff = Math.Abs((int)(a.TimeOfDay - b.TimeOfDay).TotalMinutes);
        return Math.Min(diff, 24 * 60 - diff);
    }

    private static List<string> Quarters(DateOnly from, DateOnly to)
    {
        var list = new List<string>();
        for (var q = QuarterStart(from); q <= to; q = q.AddMonths(3)) list.Add(Quarter(q));
        return list;
    }

    private static DateOnly QuarterStart(DateOnly d) => new(d.Year, (d.Month - 1) / 3 * 3 + 1, 1);

    private static string Quarter(DateOnly d) => $"{d.Year}-Q{(d.Month - 1) / 3 + 1}";

    private static DateOnly Date(DrillRecord d) => DateOnly.FromDateTime(d.LocalLaunch);

    private static DateOnly Local(DateTimeOffset t, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime);

    private static string Inv(FormattableString s) => FormattableString.Invariant(s);
}
