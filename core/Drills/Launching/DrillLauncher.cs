using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Core.Drills.Launching;

/// <summary>
/// The LaunchDueDrills use case. Any number of instances may run it at once: each due drill is
/// claimed by a conditional write, and only the winner writes participants and queues prompts.
/// A launch is resumable: the drill's due row stays until the fan-out is done, so a launch that
/// failed after its claim (a write, a queue send, the final mark) is finished by a later run once
/// it is <see cref="ResumeAfter"/> old. Every step is idempotent (participants insert-if-absent,
/// index rows upserted) and a second message for a person is absorbed by the delivery's prompt
/// claim, so a resumed launch prompts each participant once. Prompts are queued one message per
/// transaction of participants (<see cref="DrillPromptBatch"/>); SendDrillPrompt splits them.
/// Drills are launched one by one and a failing drill does not stop the others.
/// </summary>
public sealed class DrillLauncher(
    DrillStore drills,
    ParticipantStore participants,
    IAudienceSource audience,
    DrillPromptQueue queue,
    SiteCalendar calendar,
    ILogger<DrillLauncher> logger)
{
    /// <summary>A launched drill whose fan-out is younger than this is left to the instance that claimed it.</summary>
    public static readonly TimeSpan ResumeAfter = TimeSpan.FromMinutes(1);

    private const int BatchesInFlight = 4;

    public async Task<IReadOnlyList<LaunchedDrill>> LaunchDueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var launched = new List<LaunchedDrill>();
        foreach (var drill in await drills.ListDueAsync(now, ct))
        {
            try
            {
                if (await LaunchOrResumeAsync(drill, now, ct) is { } done) launched.Add(done);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Isolated: the next due drill still launches, and the next run resumes this one.
                logger.LogError(e, "Drill {DrillId} did not finish launching; the next LaunchDueDrills run resumes it", drill.Id);
            }
        }
        return launched;
    }

    /// <summary>
    /// "Run it now" from a trainer (bot or API): the drill is stored as due immediately and launched
    /// through the same exactly-once claim as a planned one. A drill of the same scenario and
    /// audience that is still running (or still waiting to launch) is returned instead of a second
    /// one, so a trainer who asks again does not prompt everyone twice.
    /// </summary>
    /// <exception cref="DrillLaunchUnavailableException">The drill could not be stored: nothing was launched.</exception>
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
        try
        {
            if (await RunningLikeAsync(drill, now, ct) is { } running) return running;
            await drills.AddPlannedAsync(drill, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            throw new DrillLaunchUnavailableException(e);
        }
        try
        {
            var stored = await drills.GetAsync(drill.Id, ct) ?? drill;
            await LaunchOrResumeAsync(stored, now, ct);
            return await drills.GetAsync(drill.Id, ct) ?? stored;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Stored as due: LaunchDueDrills claims it, or resumes its fan-out, within a minute or two.
            logger.LogError(e, "Drill {DrillId} did not finish launching now; the next LaunchDueDrills run completes it", drill.Id);
            return drill;
        }
    }

    private async Task<LaunchedDrill?> LaunchOrResumeAsync(Drill drill, DateTimeOffset now, CancellationToken ct)
    {
        if (drill.Status == DrillStatus.Planned)
        {
            if (await drills.TryClaimLaunchAsync(drill, now, ct))
                return await FanOutAsync(drill with { Status = DrillStatus.Launched, LaunchedAt = now }, resumed: false, ct);
            logger.LogDebug("Drill {DrillId} was claimed by another instance", drill.Id);
            return null;
        }
        if (drill is { Status: DrillStatus.Launched, LaunchedAt: { } at } && at <= now - ResumeAfter)
        {
            logger.LogWarning("Drill {DrillId} launched at {LaunchedAt} did not finish its fan-out; resuming", drill.Id, at);
            return await FanOutAsync(drill, resumed: true, ct);
        }
        return null;
    }

    private async Task<LaunchedDrill> FanOutAsync(Drill drill, bool resumed, CancellationToken ct)
    {
        if (resumed) await drills.EnsureLaunchIndexesAsync(drill, ct);
        var people = await audience.ResolveAsync(drill.Audience, ct);
        if (people.Count == 0)
            logger.LogWarning("Drill {DrillId} launched with nobody in its audience ({Department})", drill.Id, drill.Department);
        var ids = people.Select(p => p.ObjectId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        if (resumed)
        {
            // Only people not claimed yet need a message; one already queued is absorbed by the claim.
            await participants.AddAsync(drill.Id, ids, ct);
            var pending = (await participants.ListAsync(drill.Id, ct)).Where(p => p.Status == ParticipantStatus.Pending).Select(p => p.PersonId);
            foreach (var batch in pending.Chunk(ParticipantStore.BatchLimit))
                await queue.EnqueueAsync(new DrillPromptBatch(drill.Id, batch), ct);
        }
        else
        {
            // Each transaction's hundred people are queued as one message as soon as it is stored, so
            // sending starts on the first hundred while the rest are still being written.
            await Parallel.ForEachAsync(ids.Chunk(ParticipantStore.BatchLimit), new ParallelOptions { MaxDegreeOfParallelism = BatchesInFlight, CancellationToken = ct },
                async (batch, token) =>
                {
                    await participants.AddAsync(drill.Id, batch, token);
                    await queue.EnqueueAsync(new DrillPromptBatch(drill.Id, batch), token);
                });
        }
        await drills.RemoveFromDueAsync(drill, ct);

        logger.LogInformation("Drill {DrillId} of {ScenarioId} launched for {Count} staff", drill.Id, drill.ScenarioId, ids.Count);
        return new LaunchedDrill(drill.Id, drill.ScenarioId, drill.Department, ids.Count);
    }

    // A trainer's repeated "run" for the same scenario and audience while the first is still going.
    private async Task<Drill?> RunningLikeAsync(Drill drill, DateTimeOffset now, CancellationToken ct)
    {
        var candidates = (await drills.ListOpenAsync(ct)).Where(d => d.Status == DrillStatus.Launched)
            .Concat((await drills.ListDueAsync(now, ct)).Where(d => !string.IsNullOrEmpty(d.RequestedBy)));
        return candidates.FirstOrDefault(d => d.ScenarioId == drill.ScenarioId && d.Department == drill.Department
            && d.OnDutyOnly == drill.OnDutyOnly && d.Roles.Order(StringComparer.Ordinal).SequenceEqual(drill.Roles.Order(StringComparer.Ordinal)));
    }
}
