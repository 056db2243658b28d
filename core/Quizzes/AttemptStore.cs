using Azure;

namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Attempts are rows q|{sessionId}|{nn} of the person's partition in {prefix}Quizzes (layout in
/// <see cref="QuizRows"/>). The exactly-once gate for answers: the row is inserted only if absent,
/// so of any number of clicks, retried deliveries or racing requests for one question, exactly one
/// gets in. An answer inserts it in one transaction with the session and mastery
/// (<see cref="QuizSessionStore.TryRecordAnswerAsync"/>); this store reads them and seeds history.
/// </summary>
public sealed class AttemptStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, TableNames.Quizzes);

    /// <returns>false when an attempt for that question of that session already exists (409).</returns>
    public async Task<bool> TryAddAsync(QuizAttempt attempt, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            await client.AddEntityAsync(ToEntity(attempt), ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    public async Task<QuizAttempt?> GetAsync(string personObjectId, string sessionId, int index, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(PersonKey.For(personObjectId), QuizRows.Attempt(sessionId, index), cancellationToken: ct);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    public async Task<IReadOnlyList<QuizAttempt>> ListAsync(string personObjectId, string sessionId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var attempts = new List<QuizAttempt>();
        await foreach (var e in client.QueryAsync<TableEntity>(QuizRows.SessionRange(personObjectId, sessionId), cancellationToken: ct))
            if (QuizRows.IsAttempt(e.RowKey)) attempts.Add(FromEntity(e));
        return attempts;
    }

    internal static TableEntity ToEntity(QuizAttempt attempt) => new(PersonKey.For(attempt.PersonObjectId), QuizRows.Attempt(attempt.SessionId, attempt.Index))
    {
        ["QuestionId"] = attempt.QuestionId,
        ["Option"] = attempt.Option,
        ["Correct"] = attempt.Correct,
        ["AnsweredAt"] = attempt.AnsweredAt,
    };

    internal static QuizAttempt FromEntity(TableEntity e)
    {
        var (sessionId, index) = QuizRows.ParseAttempt(e.RowKey);
        return new QuizAttempt(
            sessionId,
            index,
            e.PartitionKey,
            e.GetString("QuestionId") ?? "",
            e.GetInt32("Option") ?? -1,
            e.GetBoolean("Correct") ?? false,
            e.GetDateTimeOffset("AnsweredAt") ?? DateTimeOffset.MinValue);
    }
}
