namespace DrillPlatform.Bot.Teams;

/// <summary>
/// Teams resends an activity it got no answer to within about 15 s, so one click or message can
/// arrive twice, on this instance or another. The first arrival marks conversation + activity id
/// and runs the turn; a redelivery finds the mark and is answered 200 without running it again (an
/// invoke with an empty message, its card was already answered). Two marks: this instance's recent
/// ids in memory (every turn, free), and the OnceLedger in storage for turns that change state
/// without a gate of their own (<see cref="TurnEffects"/>), so a redelivery to another instance is
/// caught too; a help card or a quiz answer costs no extra round trip. A turn that fails forgets
/// both marks, so Teams' next resend can try again. Teams stops resending within minutes, so
/// ledger marks older than a day are pruned in the background after every PruneEvery-th turn here.
/// </summary>
public sealed class RedeliveryGuard(TeamsBot bot, OnceLedger once, RecentActivityIds recent, ILogger<RedeliveryGuard> log) : IActivityHandler
{
    public const string Kind = "activity";
    private const int PruneEvery = 2000;
    private long turns;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        if (Interlocked.Increment(ref turns) % PruneEvery == 0)
            _ = Task.Run(PruneAsync); // off the turn: Teams waits for this reply, not for housekeeping
        if (activity.Id is not { Length: > 0 } id || activity.Conversation?.Id is not { Length: > 0 } conversation)
            return await bot.HandleAsync(activity, ct);
        var key = conversation + "|" + id;
        if (!recent.TryAdd(key))
            return AlreadyAnswered(activity);
        var marked = false;
        try
        {
            if (TurnEffects.NeedsSharedMark(activity))
            {
                if (!await once.TryMarkAsync(Kind, key, ct))
                    return AlreadyAnswered(activity);
                marked = true;
            }
            return await bot.HandleAsync(activity, ct);
        }
        catch
        {
            recent.Forget(key);
            if (marked) await once.ForgetAsync(Kind, key, CancellationToken.None);
            throw;
        }
    }

    private static InvokeResponse? AlreadyAnswered(Activity activity) =>
        activity.Type == Activity.Types.Invoke
            ? new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "" })
            : null;

    private async Task PruneAsync()
    {
        try
        {
            var pruned = await once.PruneAsync(Kind, TimeSpan.FromDays(1), CancellationToken.None);
            log.LogInformation("Pruned {Count} activity marks older than a day", pruned);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Pruning activity marks failed; the next prune tries again");
        }
    }
}
