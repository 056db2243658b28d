using Azure;

namespace DrillPlatform.Core.Quizzes;

/// <summary>A mastery row as read: LastAttempt names the attempt that produced it.</summary>
public sealed record MasteryRow(Mastery Mastery, string? LastAttempt, ETag ETag);

/// <summary>
/// Mastery rows are m|{questionId} of the person's partition in {prefix}Quizzes (layout in
/// <see cref="QuizRows"/>): a person's whole history is one range read when a quiz is picked, and
/// an answer writes its row in the same transaction as the attempt and the session. Each row
/// remembers the attempt it last applied, so applying the same attempt twice is recognised.
/// </summary>
public sealed class MasteryStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, TableNames.Quizzes);

    public async Task<IReadOnlyDictionary<string, Mastery>> GetAllAsync(string personObjectId, CancellationToken ct = default) =>
        (await GetRowsAsync(personObjectId, ct)).ToDictionary(r => r.Key, r => r.Value.Mastery, StringComparer.Ordinal);

    /// <summary>Every row of the person with its version, by question id.</summary>
    public async Task<IReadOnlyDictionary<string, MasteryRow>> GetRowsAsync(string personObjectId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var all = new Dictionary<string, MasteryRow>(StringComparer.Ordinal);
        await foreach (var e in client.QueryAsync<TableEntity>(QuizRows.Kind(personObjectId, QuizRows.MasteryPrefix), cancellationToken: ct))
            all[QuizRows.QuestionOf(e.RowKey)] = FromEntity(e);
        return all;
    }

    public async Task<MasteryRow?> GetAsync(string personObjectId, string questionId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(PersonKey.For(personObjectId), QuizRows.Mastery(questionId), cancellationToken: ct);
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
        var entity = ToEntity(personObjectId, questionId, mastery, attemptKey);
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

    internal static TableEntity ToEntity(string personObjectId, string questionId, Mastery mastery, string attemptKey) =>
        new(PersonKey.For(personObjectId), QuizRows.Mastery(questionId))
        {
            ["Box"] = mastery.Box,
            ["DueAt"] = mastery.DueAt,
            ["LastAnsweredAt"] = mastery.LastAnsweredAt,
            ["CorrectCount"] = mastery.CorrectCount,
            ["WrongCount"] = mastery.WrongCount,
            ["LastAttempt"] = attemptKey,
        };

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
