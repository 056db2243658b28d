using Azure;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// The exactly-once record of each SMS. The repeatability id and first-sent time are born in an
/// insert-if-absent, so whoever loses the race (or retries later) reads and reuses the same pair.
/// </summary>
public sealed class SmsOutboxStore(TableServiceClient service, IOptions<StorageOptions> options, TimeProvider time)
{
    public const string TableName = "SmsOutbox";
    private readonly StoreTable table = new(service, options, TableName);

    public async Task<SmsOutboxRecord> GetOrCreateAsync(string key, string to, string text, CancellationToken ct = default)
    {
        SmsOutboxKeys.ThrowIfInvalid(key, to);
        var client = await table.ClientAsync(ct);
        var entity = new SmsOutboxEntity
        {
            PartitionKey = key,
            RowKey = to,
            Text = text,
            RepeatabilityRequestId = Guid.NewGuid().ToString(),
            // Whole seconds: the wire format (RFC 1123) has no fractions, and a stored value that
            // round-trips exactly keeps every retry's body byte-identical.
            RepeatabilityFirstSent = TruncateToSeconds(time.GetUtcNow()),
        };
        try
        {
            var added = await client.AddEntityAsync(entity, ct);
            entity.ETag = added.Headers.ETag ?? default;
            return entity.ToRecord();
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            var existing = await client.GetEntityAsync<SmsOutboxEntity>(key, to, cancellationToken: ct);
            return existing.Value.ToRecord();
        }
    }

    public async Task<SmsOutboxRecord?> FindAsync(string key, string to, CancellationToken ct = default)
    {
        SmsOutboxKeys.ThrowIfInvalid(key, to);
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<SmsOutboxEntity>(key, to, cancellationToken: ct);
        return found.HasValue ? found.Value!.ToRecord() : null;
    }

    /// <summary>Pending → Sending, only if nobody changed the record since it was read; false when another caller won.</summary>
    public async Task<bool> TryClaimAsync(SmsOutboxRecord record, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var patch = new TableEntity(record.Key, record.To) { [nameof(SmsOutboxEntity.Status)] = nameof(SmsOutboxStatus.Sending) };
        try
        {
            await client.UpdateEntityAsync(patch, record.ETag, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public Task MarkSentAsync(SmsOutboxRecord record, string? messageId, CancellationToken ct = default) =>
        UpdateAsync(record, SmsOutboxStatus.Sent, messageId, null, ct);

    public Task MarkFailedAsync(SmsOutboxRecord record, string reason, CancellationToken ct = default) =>
        UpdateAsync(record, SmsOutboxStatus.Failed, null, reason, ct);

    private async Task UpdateAsync(SmsOutboxRecord record, SmsOutboxStatus status, string? messageId, string? reason, CancellationToken ct)
    {
        var client = await table.ClientAsync(ct);
        var patch = new TableEntity(record.Key, record.To)
        {
            [nameof(SmsOutboxEntity.Status)] = status.ToString(),
            [nameof(SmsOutboxEntity.MessageId)] = messageId,
            [nameof(SmsOutboxEntity.FailureReason)] = reason,
        };
        // Unconditional merge: both racers carry ACS's answer to the same request, so either write is right.
        await client.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, ct);
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset t) =>
        new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
