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

    private async Task<LaunchedDrill> FanOutAsync(Drill drill, CancellationToken ct)
    {
        var people = await audience.ResolveAsync(drill.Audience, ct);
        if (people.Count == 0)
            logger.LogWarning("Drill {DrillId} launched with nobody in its audience ({Department})", drill.Id, drill.Department);

        var ids = people.Select(p => p.ObjectId).ToList();
        await participants.AddAsync(drill.Id, ids, ct);
        foreach (var id in ids)
            await queue.EnqueueAsync(new DrillPromptMessage(drill.Id, id), ct);
        await drills.RemoveFromDueAsync(drill, ct);

        logger.LogInformation("Drill {DrillId} of {ScenarioId} launched for {Count} staff", drill.Id, drill.ScenarioId, ids.Count);
        return new LaunchedDrill(drill.Id, drill.ScenarioId, drill.Department, ids.Count);
    }
}
