using Microsoft.Extensions.Logging;

namespace DrillPlatform.Core.Drills;

/// <summary>
/// The LaunchDueDrills use case. Any number of instances may run it at once: each due drill is
/// claimed by a conditional write, and only the winner writes participants and queues prompts.
/// </summary>
public sealed class DrillLauncher(
    DrillStore drills,
    ParticipantStore participants,
    IAudienceSource audience,
    DrillPromptQueue queue,
    SiteCalendar calendar,
    ILogger<DrillLauncher> logger)
{
    public async Task<IReadOnlyList<LaunchedDrill>> LaunchDueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var launched = new List<LaunchedDrill>();
        foreach (var drill in await drills.ListDueAsync(now, ct))
        {
            if (!await drills.TryClaimLaunchAsync(drill, now, ct))
            {
                logger.LogDebug("Drill {DrillId} was claimed by another instance", drill.Id);
                continue;
            }
            launched.Add(await FanOutAsync(drill, ct));
        }
        return launched;
    }

    /// <summary>
    /// "Run it now" from a trainer (bot or API): the drill is stored as due immediately and launched
    /// through the same exactly-once claim as a planned one.
    /// </summary>
    public async Task<Drill> LaunchNowAsync(string scenarioId, DrillAudience audience, string requestedBy, DateTimeOffset now,
        int responseDeadlineMinutes = 30, int escalationDelayMinutes = 10, CancellationToken ct = default)
    {
        var drill = new Drill
        {
            Id = DrillIds.NewDrillId(),
            ScenarioId = scenarioId,
            Department = audience.Departments.Count == 1 ? audience.Departments[0] : DrillAudience.AllDepartments,
            Roles = audience.Roles,
            OnDutyOnly = audience.OnDutyOnly,
            LocalDate = calendar.LocalDate(now),
            PlannedAt = now,
            RequestedBy = requestedBy,
            Explanation = "Launched on demand.",
            ResponseDeadlineMinutes = responseDeadlineMinutes,
            EscalationDelayMinutes = escalationDelayMinutes,
        };
        await drills.AddPlannedAsync(drill, ct);
        var stored = await drills.GetAsync(drill.Id, ct) ?? drill;
        if (await drills.TryClaimLaunchAsync(stored, now, ct))
            await FanOutAsync(stored, ct);
        return await drills.GetAsync(drill.Id, ct) ?? stored;
    }

    private async Task<LaunchedDrill> FanOutAsync(Drill drill, CancellationToken ct)
    {
        var people = await audience.ResolveAsync(drill.Audience, ct);
        if (people.Count == 0)
            logger.LogWarning("Drill {DrillId} launched with nobody in its audience ({Department})", drill.Id, drill.Department);

        var ids = people.Select(p => p.ObjectId).ToList();
        await participants.AddAsync(drill.Id, ids, ct);
        // In parallel: one at a time, queueing 2,000 messages would take longer than Teams takes to send them.
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
            async (id, token) => await queue.EnqueueAsync(new DrillPromptMessage(drill.Id, id), token));
        await drills.RemoveFromDueAsync(drill, ct);

        logger.LogInformation("Drill {DrillId} of {ScenarioId} launched for {Count} staff", drill.Id, drill.ScenarioId, ids.Count);
        return new LaunchedDrill(drill.Id, drill.ScenarioId, drill.Department, ids.Count);
    }
}
