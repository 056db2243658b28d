using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Storage;
using DrillPlatform.Core.Messaging;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// One SendDrillPrompt delivery. A participant is prompted once however often the message comes:
/// the participant row is claimed (Pending → Prompting, If-Match) before the send and marked
/// Prompted after it, so a duplicate delivery or a racing instance finds the claim and stops.
/// Trade-off: a claim whose instance crashed mid-send is taken over after PromptClaimTimeout; if
/// that instance had in fact reached Teams, the person gets the prompt twice. A lost prompt
/// (nobody ever retrying) would be worse for a drill than a rare duplicate. A delivery that fails
/// without sending gives its claim back; when storage refuses that too (or lost the claim write's
/// answer), the claim is remembered as abandoned (<see cref="AbandonedPromptClaims"/>) and the
/// queue's retry on this instance takes it over at once rather than after PromptClaimTimeout.
/// A person without a usable chat is made reachable first (IConversationOpener: the Teams app
/// installed through Graph, a 1:1 chat created and stored) inside the same claim, so that happens
/// once per person too. Someone who removed the app is installed again only by a drill launched
/// after the removal, and only if Reach:ReinstallAfterUninstall allows it.
/// </summary>
public sealed class DrillPromptDelivery(
    DrillStore drills,
    ParticipantStore participants,
    RosterStore roster,
    ConversationRefStore conversations,
    IConversationOpener opener,
    IDrillPrompter prompter,
    DrillPromptQueue queue,
    AbandonedPromptClaims abandoned,
    IOptions<DrillOptions> options,
    IOptions<ReachOptions> reach,
    TimeProvider time,
    ILogger<DrillPromptDelivery> logger)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    /// <summary>Returns normally for every outcome; throws (so the queue retries) only on an unexpected send failure.</summary>
    public async Task<DrillPromptResult> DeliverAsync(DrillPromptMessage message, long dequeueCount, CancellationToken ct)
    {
        var (drillId, personId) = (message.DrillId, message.ParticipantId);
        var drill = await drills.GetAsync(drillId, ct);
        if (drill is not { Status: DrillStatus.Launched })
            return DrillPromptResult.AlreadyDone(drill is null ? "unknown drill" : $"drill is {drill.Status}");
        var now = time.GetUtcNow();
        var timeout = options.Value.PromptClaimTimeout;
        // Claim first: a duplicate delivery stops here after one read, before any other lookup.
        Participant? claim;
        try
        {
            claim = await participants.TryClaimPromptAsync(drillId, personId, now, now - timeout, ct, abandoned.Find(drillId, personId));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write may have been stored with its answer lost: a claim at `now` is this one's, and dead.
            abandoned.Add(drillId, personId, now);
            throw;
        }
        if (claim is null) return await NotClaimedAsync(message, now, timeout, ct);
        abandoned.Remove(drillId, personId);

        StaffMember? person;
        ConversationRef? conversation;
        try
        {
            if (drill.LaunchedAt is { } launched && now >= launched.AddMinutes(drill.ResponseDeadlineMinutes))
                return await FailAsync(drillId, personId, DrillPromptReasons.DeadlinePassed, ct);
            var (personRead, conversationRead) = (roster.GetAsync(personId, ct), conversations.GetAsync(personId, ct));
            person = await personRead;
            conversation = await conversationRead;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Give the claim back, or the queue's retry would find it live and wait out PromptClaimTimeout.
            await ReleaseQuietlyAsync(drillId, personId, claim.ClaimedAt!.Value, DrillPromptReasons.AttemptFailed(dequeueCount, e.Message));
            throw;
        }
        if (person is null)
            return await FailAsync(drillId, personId, DrillPromptReasons.NotOnRoster, ct);
        if (NotReinstalled(conversation, drill) is { } removed)
            return await FailAsync(drillId, personId, removed, ct);
        return await SendAsync(message, dequeueCount, drill, claim, person, conversation is { IsUsable: true } ? conversation : null, ct);
    }

    private async Task ReleaseQuietlyAsync(string drillId, string personId, DateTimeOffset claimedAt, string reason)
    {
        try
        {
            await participants.ReleaseClaimAsync(drillId, personId, claimedAt, reason, CancellationToken.None);
        }
        catch (Exception e)
        {
            abandoned.Add(drillId, personId, claimedAt);
            logger.LogWarning(e, "Drill {DrillId}: the prompt claim of {PersonId} could not be released; a retry on this instance takes it over, elsewhere it expires on its own",
                drillId, personId);
        }
    }

    // Removing the app is the person's choice: not undone within the drill it happened in, nor ever with Never.
    private string? NotReinstalled(ConversationRef? conversation, Drill drill)
    {
        if (conversation is not { State: ReachState.Uninstalled, StateChangedAt: { } removedAt }) return null;
        if (reach.Value.ReinstallAfterUninstall == ReinstallPolicy.Never) return DrillPromptReasons.RemovedNoReinstall(removedAt);
        return drill.LaunchedAt is { } launched && removedAt >= launched ? DrillPromptReasons.RemovedInThisDrill(removedAt) : null;
    }

    private async Task<DrillPromptResult> SendAsync(DrillPromptMessage message, long dequeueCount, Drill drill, Participant claim,
        StaffMember person, ConversationRef? stored, CancellationToken ct)
    {
        var claimedAt = claim.ClaimedAt!.Value;
        try
        {
            var conversation = stored ?? await opener.OpenAsync(person, ct);
            await prompter.PromptAsync(drill, claim, person, conversation, ct);
        }
        catch (Exception e) when (RetryAfterOf(e) is { } retryAfter)
        {
            // Give the claim back first: if the re-enqueue fails, the original message is redelivered and can claim again.
            await ReleaseQuietlyAsync(drill.Id, person.ObjectId, claimedAt, "Teams throttled the prompt; it will be retried.");
            await queue.EnqueueAsync(message, retryAfter, ct);
            logger.LogInformation("Prompt for drill {DrillId} throttled; queued again in {RetryAfterMs} ms", drill.Id, (int)retryAfter.TotalMilliseconds);
            return DrillPromptResult.Throttled(retryAfter);
        }
        catch (DrillPromptRejectedException e)
        {
            return await FailAsync(drill.Id, person.ObjectId, e.Reason, ct);
        }
        catch (UnreachableException e)
        {
            return await FailAsync(drill.Id, person.ObjectId, e.Reason, ct);
        }
        catch (Exception e)
        {
            var error = e is OperationCanceledException ? "the send was cancelled (the host is stopping)" : e.Message;
            await ReleaseQuietlyAsync(drill.Id, person.ObjectId, claimedAt, DrillPromptReasons.AttemptFailed(dequeueCount, error));
            throw;
        }
        // The prompt is out. Should storage be unreachable now, keep recording it while the claim holds:
        // a claim left to expire would be taken over and the person prompted a second time.
        var claimLeft = claimedAt + options.Value.PromptClaimTimeout - time.GetUtcNow() - Margin;
        await StorageRetry.WhileUnreachableAsync(() => participants.MarkPromptedAsync(claim, time.GetUtcNow(), CancellationToken.None), claimLeft, CancellationToken.None);
        return DrillPromptResult.Prompted;
    }

    private static TimeSpan? RetryAfterOf(Exception e) => e switch
    {
        DrillPromptThrottledException t => t.RetryAfter,
        ReachThrottledException r => r.RetryAfter,
        _ => null,
    };

    // Someone else won the claim. If it is still live, look again once it could have expired:
    // either that instance finished (AlreadyDone then) or it died and the claim can be taken over.
    private async Task<DrillPromptResult> NotClaimedAsync(DrillPromptMessage message, DateTimeOffset now, TimeSpan timeout, CancellationToken ct)
    {
        var current = await participants.GetAsync(message.DrillId, message.ParticipantId, ct);
        if (current is null)
        {
            logger.LogWarning("Prompt for {PersonId} who is not a participant of drill {DrillId}; dropped", message.ParticipantId, message.DrillId);
            return DrillPromptResult.AlreadyDone("not a participant");
        }
        if (current is not { Status: ParticipantStatus.Prompting, ClaimedAt: { } claimedAt })
            return DrillPromptResult.AlreadyDone($"participant is {current.Status}");
        var wait = claimedAt + timeout - now + Margin;
        if (wait < Margin) wait = Margin;
        await queue.EnqueueAsync(message, wait, ct);
        return DrillPromptResult.Deferred(wait);
    }

    private async Task<DrillPromptResult> FailAsync(string drillId, string personId, string reason, CancellationToken ct)
    {
        await participants.MarkFailedAsync(drillId, personId, reason, ct);
        logger.LogWarning("Drill {DrillId}: participant {PersonId} not prompted: {Reason}", drillId, personId, reason);
        return DrillPromptResult.Failed(reason);
    }
}
