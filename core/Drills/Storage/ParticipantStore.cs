using Azure;

namespace DrillPlatform.Core.Drills.Storage;

/// <summary>
/// Table {prefix}DrillParticipants. PartitionKey = drill id, RowKey = person object id. One drill's
/// participants share a partition so they are written in transactional batches and listed in one
/// query; different drills never contend. Every status change is an If-Match write, so a queue
/// message delivered twice prompts once and a late answer cannot undo an escalation's record.
/// </summary>
public sealed class ParticipantStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    public const int BatchLimit = 100; // the Table service's maximum per transaction
    private readonly StoreTable table = new(service, options, DrillTables.Participants);

    /// <summary>Adds Pending participants; people already added are left as they are, so a re-run is harmless.</summary>
    public async Task AddAsync(string drillId, IEnumerable<string> personIds, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        foreach (var chunk in personIds.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(BatchLimit))
        {
            var actions = chunk.Select(id => new TableTransactionAction(TableTransactionActionType.Add,
                ParticipantEntity.From(new Participant { DrillId = drillId, PersonId = id }))).ToList();
            try
            {
                await client.SubmitTransactionAsync(actions, ct);
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                // Part of this batch exists from an earlier attempt: add the rest one by one.
                foreach (var action in actions)
                {
                    try { await client.AddEntityAsync(action.Entity, ct); }
                    catch (RequestFailedException dup) when (dup.IsAlreadyExists()) { }
                }
            }
        }
    }

    public async Task<Participant?> GetAsync(string drillId, string personId, CancellationToken ct = default)
    {
        if (!TableKey.CanExist(drillId, personId)) return null;
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(drillId, personId, cancellationToken: ct);
        return found.HasValue ? ParticipantEntity.ToParticipant(found.Value!) : null;
    }

    public async Task<IReadOnlyList<Participant>> ListAsync(string drillId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var list = new List<Participant>();
        await foreach (var e in client.QueryAsync<TableEntity>(x => x.PartitionKey == drillId, cancellationToken: ct))
            list.Add(ParticipantEntity.ToParticipant(e));
        return list;
    }

    /// <returns>true only for the one caller that moved the participant from Pending to Prompted.</returns>
    public Task<bool> TryMarkPromptedAsync(string drillId, string personId, DateTimeOffset at, CancellationToken ct = default) =>
        TransitionAsync(drillId, personId, p => p.Status == ParticipantStatus.Pending
            ? p with { Status = ParticipantStatus.Prompted, PromptedAt = at }
            : null, ct);

    /// <summary>
    /// Claims the prompt before sending: Pending to Prompting, or a Prompting claim older than
    /// <paramref name="staleBefore"/> (its instance crashed mid-send) taken over, or the claim made
    /// at <paramref name="abandoned"/> (its delivery is known to have failed) taken over at once.
    /// </summary>
    /// <returns>The claimed row (its Version is the claim) for the one winner; null for everyone else.</returns>
    public Task<Participant?> TryClaimPromptAsync(string drillId, string personId, DateTimeOffset now, DateTimeOffset staleBefore,
        CancellationToken ct = default, DateTimeOffset? abandoned = null) =>
        ChangeAsync(drillId, personId, p => p.Status == ParticipantStatus.Pending
                || (p.Status == ParticipantStatus.Prompting && (p.ClaimedAt < staleBefore || (abandoned is not null && p.ClaimedAt == abandoned)))
            ? p with { Status = ParticipantStatus.Prompting, ClaimedAt = now }
            : null, ct);

    /// <summary>After a successful send. A person who already answered (fast click) stays Answered.</summary>
    public Task<bool> MarkPromptedAsync(string drillId, string personId, DateTimeOffset at, CancellationToken ct = default) =>
        TransitionAsync(drillId, personId, p => p.Status is ParticipantStatus.Prompting or ParticipantStatus.Pending
            ? p with { Status = ParticipantStatus.Prompted, PromptedAt = at, Reason = null }
            : null, ct);

    /// <summary>After a successful send, written If-Match on the claim itself (one round trip); falls back to a fresh read if the row moved on.</summary>
    public async Task<bool> MarkPromptedAsync(Participant claim, DateTimeOffset at, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.UpdateEntityAsync(ParticipantEntity.From(claim with { Status = ParticipantStatus.Prompted, PromptedAt = at, Reason = null }),
                new ETag(claim.Version!), TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsStaleETag())
        {
            return await MarkPromptedAsync(claim.DrillId, claim.PersonId, at, ct);
        }
    }

    /// <summary>Gives a claim back (throttled or failed send) so the next delivery can claim again; Reason keeps the last error.</summary>
    public Task<bool> ReleaseClaimAsync(string drillId, string personId, DateTimeOffset claimedAt, string? lastError, CancellationToken ct = default) =>
        TransitionAsync(drillId, personId, p => p.Status == ParticipantStatus.Prompting && p.ClaimedAt == claimedAt
            ? p with { Status = ParticipantStatus.Pending, ClaimedAt = null, Reason = lastError }
            : null, ct);

    public Task<bool> MarkAnsweredAsync(string drillId, string personId, DateTimeOffset at, double? score, CancellationToken ct = default) =>
        TransitionAsync(drillId, personId, p => p.Status is ParticipantStatus.Pending or ParticipantStatus.Prompting or ParticipantStatus.Prompted or ParticipantStatus.Escalated
            ? p with { Status = ParticipantStatus.Answered, AnsweredAt = at, Score = score ?? p.Score }
            : null, ct);

    public Task<bool> MarkFailedAsync(string drillId, string personId, string reason, CancellationToken ct = default) =>
        TransitionAsync(drillId, personId, p => p.Status is ParticipantStatus.Pending or ParticipantStatus.Prompting
            ? p with { Status = ParticipantStatus.Failed, Reason = reason }
            : null, ct);

    /// <param name="reason">Null when the SMS went out; otherwise why it did not (shown to the trainer).</param>
    public Task<bool> MarkEscalatedAsync(string drillId, string personId, string? reason, DateTimeOffset? at = null, CancellationToken ct = default) =>
        TransitionAsync(drillId, personId, p => p.Status is ParticipantStatus.Pending or ParticipantStatus.Prompted
            ? p with { Status = ParticipantStatus.Escalated, Reason = reason, EscalatedAt = at ?? DateTimeOffset.UtcNow }
            : null, ct);

    /// <summary>
    /// A drill walk's score: a participant not yet answered (a walk of timeouts) becomes Answered with
    /// it; an answered one gets only the score. Escalated and failed records are left alone.
    /// </summary>
    public Task<bool> RecordScoreAsync(string drillId, string personId, DateTimeOffset at, double score, CancellationToken ct = default) =>
        TransitionAsync(drillId, personId, p => p.Status switch
        {
            ParticipantStatus.Answered => p with { Score = score },
            ParticipantStatus.Pending or ParticipantStatus.Prompting or ParticipantStatus.Prompted or ParticipantStatus.Escalated
                => p with { Status = ParticipantStatus.Answered, AnsweredAt = at, Score = score },
            _ => null,
        }, ct);

    /// <summary>The close writes each score once; it overwrites unconditionally because scoring is a pure function of the walk.</summary>
    public Task<bool> WriteScoreAsync(string drillId, string personId, double score, IReadOnlyList<string> missedActions, CancellationToken ct = default) =>
        TransitionAsync(drillId, personId, p => p with { Score = score, MissedActions = missedActions }, ct);

    private async Task<bool> TransitionAsync(string drillId, string personId, Func<Participant, Participant?> change, CancellationToken ct) =>
        await ChangeAsync(drillId, personId, change, ct) is not null;

    // Read, decide, write If-Match; on a lost race read again and let the rule decide anew.
    private async Task<Participant?> ChangeAsync(string drillId, string personId, Func<Participant, Participant?> change, CancellationToken ct)
    {
        var client = await table.ClientAsync(ct);
        while (true)
        {
            var current = await GetAsync(drillId, personId, ct);
            if (current is null || change(current) is not { } next) return null;
            try
            {
                var response = await client.UpdateEntityAsync(ParticipantEntity.From(next), new ETag(current.Version!), TableUpdateMode.Replace, ct);
                return next with { Version = response.Headers.ETag?.ToString() };
            }
            catch (RequestFailedException e) when (e.IsStaleETag())
            {
            }
        }
    }
}
