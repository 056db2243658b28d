using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Storage;

namespace DrillPlatform.Core.Readiness.Scoring;

/// <summary>
/// Reads readiness: a person's (one point read) or a department's (the roster's people of the
/// department and one partition query of roll-ups, scored now). Roster people without a row are
/// scored from nothing, so someone who never trained shows as not ready rather than missing.
/// </summary>
public sealed class ReadinessReader(
    ReadinessStore store,
    ReadinessSnapshotStore snapshots,
    RosterStore roster,
    ReadinessScorer scorer,
    ContentBundle content,
    ReadinessWeek week,
    TimeProvider time)
{
    public async Task<PersonReadiness> PersonAsync(StaffMember person, CancellationToken ct = default) =>
        scorer.Score(person, await store.GetAsync(person.Department, person.ObjectId, ct), time.GetUtcNow());

    /// <param name="role">Only people with this roster role; null or empty for everyone.</param>
    public async Task<DepartmentReadiness> DepartmentAsync(string department, string? role = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rolesFilter = role?.Trim() ?? "";
        var (peopleRead, rowsRead) = (roster.ListAsync(department, ct), store.ListDepartmentAsync(department, ct));
        var rows = (await rowsRead).ToDictionary(r => r.PersonId, StringComparer.OrdinalIgnoreCase);
        var people = (await peopleRead).Where(p => rolesFilter.Length == 0 || p.HasRole(rolesFilter))
            .Select(p => scorer.Score(p, rows.GetValueOrDefault(DrillPlatform.Core.Storage.PersonKey.For(p.ObjectId)), now))
            .OrderBy(p => p.Score).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        var score = people.Count == 0 ? 0 : (int)Math.Round(people.Average(p => p.Score), MidpointRounding.AwayFromZero);
        var previous = (await snapshots.ListAsync(department, rolesFilter, week.Start(now).AddDays(-7 * 8), ct))
            .LastOrDefault(s => s.WeekStart < week.Start(now));
        return new DepartmentReadiness(department, rolesFilter, now, score,
            people.Count(p => p.Band == ReadinessBand.Ready),
            people.Count(p => p.Band == ReadinessBand.AtRisk),
            people.Count(p => p.Band == ReadinessBand.NotReady),
            previous is null ? null : score - previous.Score,
            Weakest(people),
            people,
            people.SelectMany(p => p.OverdueChecks.Select(c => new OverdueCheck(p.PersonId, p.Name, c.EquipmentId, c.CheckId, c.DueDate)))
                .OrderBy(c => c.DueDate).ToList());
    }

    public async Task<IReadOnlyList<DepartmentSnapshot>> HistoryAsync(string department, int weeks, string? role = null, CancellationToken ct = default) =>
        await snapshots.ListAsync(department, role?.Trim() ?? "", week.Start(time.GetUtcNow()).AddDays(-7 * Math.Max(0, weeks - 1)), ct);

    private List<TopicSummary> Weakest(IReadOnlyList<PersonReadiness> people) =>
        people.SelectMany(p => p.Topics)
            .GroupBy(t => t.Topic, StringComparer.Ordinal)
            .Select(g =>
            {
                var citation = scorer.Model.Topic(g.Key)?.Citation ?? "";
                var section = content.Sections.FirstOrDefault(s => s.Id == citation);
                return new TopicSummary(g.Key, scorer.TopicLabel(g.Key), g.Average(t => t.Mastery), g.Count(), citation,
                    section?.Title ?? ReadinessText.Same(citation), section?.Source ?? "");
            })
            .OrderBy(t => t.Mastery).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .Take(DepartmentReadiness.WeakestShown)
            .ToList();
}
