using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Core.Reports.Compliance;

/// <summary>
/// Gathers a <see cref="ComplianceInput"/> from roll-ups and stored records only, so what a report
/// costs grows with the department and the period, never with the length of the history:
/// the roster's people of the department and their readiness roll-up rows (one partition);
/// the department's drill records (and the site-wide ones) from the four quarters before the
/// period's last quarter or six months before its start, whichever is earlier (one range read per
/// partition); each of the department's items' scheduled checks of the period and the year before
/// its end (one key range per item and check); the department's corrective actions (one partition).
/// </summary>
public sealed class ComplianceSources(
    RosterStore roster, ReadinessStore readiness, DrillRecordStore records, EquipmentStore equipment, CheckTaskStore checks,
    CheckCatalog catalog, CorrectiveActionStore actions, ContentBundle content, SiteCalendar calendar, TimeProvider time)
{
    private const int ParallelReads = 8;
    private const string AnnualCheck = "extinguisher-annual";

    public async Task<ComplianceInput> ReadAsync(string department, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var today = calendar.LocalDate(time.GetUtcNow());
        var end = to < today ? to : today;
        var peopleRead = PeopleAsync(department, from, to, ct);
        var drillsRead = DrillsAsync(department, from, to, ct);
        var itemsRead = ItemsAsync(department, ct);
        var actionsRead = actions.ListDepartmentAsync(department, ct);
        var items = await itemsRead;
        var tasks = await ChecksAsync(items, from, to, end, ct);
        return new ComplianceInput(department, from, to, today, calendar.TimeZone, calendar.Shifts,
            await drillsRead, await peopleRead, items, tasks, await actionsRead);
    }

    /// <summary>The departments on the roster (a whole-roster read: for the answer to a department nobody is in).</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken ct) =>
        (await roster.ListAsync(null, ct)).Select(p => p.Department).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private async Task<IReadOnlyList<TrainedPerson>> PeopleAsync(string department, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (peopleRead, rowsRead) = (roster.ListAsync(department, ct), readiness.ListDepartmentAsync(department, ct));
        var rows = (await rowsRead).ToDictionary(r => r.PersonId, StringComparer.OrdinalIgnoreCase);
        var (start, stop) = (calendar.ToUtc(from, TimeOnly.MinValue), calendar.ToUtc(to.AddDays(1), TimeOnly.MinValue));
        return (await peopleRead).Select(p =>
        {
            var row = rows.GetValueOrDefault(DrillPlatform.Core.Storage.PersonKey.For(p.ObjectId));
            // The roll-up keeps a person's latest drills; "prompted in the period" is read from them.
            var prompted = row?.Drills.Recent.Any(d => d.At >= start && d.At < stop) ?? false;
            return new TrainedPerson(p.ObjectId, p.Name, row?.LastTrainingAt is { } t ? calendar.LocalDate(t) : null, prompted);
        }).ToList();
    }

    private async Task<IReadOnlyList<DrillRecord>> DrillsAsync(string department, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var quarterStart = new DateOnly(to.Year, (to.Month - 1) / 3 * 3 + 1, 1);
        var first = Min(quarterStart.AddMonths(-9), from.AddMonths(-6));
        var (start, stop) = (calendar.ToUtc(first, TimeOnly.MinValue), calendar.ToUtc(to.AddDays(1), TimeOnly.MinValue));
        var own = records.ListAsync(department, start, stop, ct);
        var siteWide = records.ListAsync(DrillAudience.AllDepartments, start, stop, ct);
        return (await own).Concat(await siteWide).OrderBy(r => r.LaunchedAt).ToList();
    }

    private async Task<IReadOnlyList<EquipmentItem>> ItemsAsync(string department, CancellationToken ct) =>
        (await equipment.ListAsync(content.Site.Id, ct)).Where(e => e.Department == department).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    // The period's checks of every definition, and the yearly inspection back to a year before the period's end.
    private async Task<IReadOnlyList<CheckTask>> ChecksAsync(IReadOnlyList<EquipmentItem> items, DateOnly from, DateOnly to, DateOnly end, CancellationToken ct)
    {
        var reads = items.SelectMany(i => catalog.For(i.Kind).Select(d => (Item: i, CheckId: d.Id))).ToList();
        var found = new List<CheckTask>[reads.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, reads.Count), new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = ct }, async (i, token) =>
        {
            var (item, checkId) = reads[i];
            var first = checkId == AnnualCheck ? Min(from, end.AddMonths(-13)) : from;
            found[i] = (await checks.ListPeriodAsync(item.Site, item.Id, checkId, first, to, token)).ToList();
        });
        return found.SelectMany(f => f).ToList();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
