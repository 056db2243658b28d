using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Core.Equipment.Scheduling;

/// <summary>
/// The ScheduleChecks use case (daily timer): for every item and every check that applies to it,
/// opens the check whose due date has come, and sends its card to the responsible person. A series
/// has at most one open check; the next opens only after it is done (see <see cref="DueDates"/>).
/// Task ids come from item, check and due date, so running twice, or twice at once, opens one task
/// per item and period, and only the run whose insert won sends the card.
/// </summary>
public sealed class CheckScheduling(
    EquipmentStore equipment,
    CheckCatalog catalog,
    CheckTaskStore tasks,
    CheckRungs rungs,
    SiteClockProvider clocks,
    ILogger<CheckScheduling> logger,
    DrillPlatform.Core.Readiness.Recording.ReadinessRecorder? readiness = null)
{
    public async Task<IReadOnlyList<CheckTask>> RunAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var clock = clocks.For(clocks.SiteId);
        var today = clock.Today(now);
        var opened = new List<CheckTask>();
        foreach (var item in await equipment.ListAsync(clocks.SiteId, ct))
        {
            foreach (var definition in catalog.For(item.Kind))
            {
                var series = await tasks.ListSeriesAsync(item.Site, item.Id, definition.Id, ct);
                if (NextDue(item, definition, series, clock) is not { } due || due.Date > today) continue;

                var task = new CheckTask
                {
                    Site = item.Site, EquipmentId = item.Id, CheckId = definition.Id, DueDate = due.Date, Anchor = due.Anchor,
                    Department = item.Department, Responsible = item.Responsible, Deputy = item.Deputy, OpenedAt = now,
                };
                if (!await tasks.AddAsync(task, ct)) continue;
                logger.LogInformation("Check {TaskId} opened for {Responsible}", task.Id, task.Responsible);
                opened.Add(task);
                if (readiness is not null && DrillPlatform.Core.Readiness.Recording.ReadinessEvents.Check(task, clock) is { } check)
                    await readiness.RecordCheckAsync(task.Responsible, check, ct);
                if (await tasks.GetAsync(task.Id, ct) is { } stored)
                    await rungs.ClimbAsync(stored, EscalationRung.Assigned, now, ct);
            }
        }
        return opened;
    }

    /// <returns>null while the series has an open check.</returns>
    public static (DateOnly Date, DateOnly Anchor)? NextDue(EquipmentItem item, CheckDefinition definition, IReadOnlyList<CheckTask> series, SiteClock clock)
    {
        if (series.Count == 0)
        {
            var anchor = item.AnchorFor(definition.Type);
            return (DueDates.First(anchor, definition.Interval), anchor);
        }
        var last = series[^1];
        if (last.Status == CheckStatus.Open || last.CompletedAt is not { } completedAt) return null;
        return (DueDates.Next(last.Anchor, definition.Interval, last.DueDate, clock.Today(completedAt)), last.Anchor);
    }
}
