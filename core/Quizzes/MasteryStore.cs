using Azure;
using Azure.Data.Tables;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Quizzes;

/// <summary>A mastery row as read: LastAttempt names the attempt that produced it.</summary>
public sealed record MasteryRow(Mastery Mastery, string? LastAttempt, ETag ETag);

/// <summary>
/// Table {prefix}Mastery: PartitionKey = person objectId, RowKey = question id (URL-escaped, as
/// row keys may not hold / \ # ?). A person's whole history is one partition read when a quiz is
/// picked. Each row remembers the attempt it last applied, so applying the same attempt twice
/// (a retry after a crash) is recognised and skipped.
/// </summary>
public sealed class MasteryStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, TableNames.Mastery);

    public async Task<IReadOnlyDictionary<string, Mastery>> GetAllAsync(string personObjectId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var person = PersonKey.For(personObjectId);
        var all = new Dictionary<string, Mastery>();
        await foreach (var e in client.QueryAsync<TableEntity>(e => e.PartitionKey == person, cancellationToken: ct))
            all[Uri.UnescapeDataString(e.RowKey)] = FromEntity(e).Mastery;
        return all;
    }

    public async Task<MasteryRow?> GetAsync(string personObjectId, string questionId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(PersonKey.For(personObjectId), Row(questionId), cancellationToken: ct);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    /// <summary>
    /// Writes the row if it is still at <paramref name="readAt"/> (If-Match), or inserts it if
    /// <paramref name="readAt"/> is null and no row exists yet.
    /// </summary>
    /// <returns>false when someone else wrote the row first (412 or 409): read it again.</returns>
    public async Task<bool> TryWriteAsync(string personObjectId, string questionId, Mastery mastery, string attemptKey, ETag? readAt, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var entity = new TableEntity(PersonKey.For(personObjectId), Row(questionId))
        {
            ["Box"] = mastery.Box,
            ["DueAt"] = mastery.DueAt,
            ["LastAnsweredAt"] = mastery.LastAnsweredAt,
            ["CorrectCount"] = mastery.CorrectCount,
            ["WrongCount"] = mastery.WrongCount,
            ["LastAttempt"] = attemptKey,
        };
        try
        {
            if (readAt is { } etag) await client.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, ct);
            else await client.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsStaleETag() || e.IsAlreadyExists())
        {
            return false;
        }
    }

    private static string Row(string questionId) => Uri.EscapeDataString(questionId);

    private static MasteryRow FromEntity(TableEntity e) => new(
        new Mastery(
            e.GetInt32("Box") ?? 0,
            e.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
            e.GetDateTimeOffset("LastAnsweredAt") ?? DateTimeOffset.MinValue,
            e.GetInt32("CorrectCount") ?? 0,
            e.GetInt32("WrongCount") ?? 0),
        e.GetString("LastAttempt"),
        e.ETag);
}
