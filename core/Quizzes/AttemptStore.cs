using Azure;
using Azure.Data.Tables;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Table {prefix}QuizAttempts: PartitionKey = session id, RowKey = question index ("00".."04").
/// The exactly-once gate for answers: the row is inserted only if absent, so of any number of
/// clicks, retried deliveries or racing requests for one question, exactly one gets in.
/// </summary>
public sealed class AttemptStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, TableNames.QuizAttempts);

    /// <returns>false when an attempt for that question of that session already exists (409).</returns>
    public async Task<bool> TryAddAsync(QuizAttempt attempt, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var entity = new TableEntity(attempt.SessionId, Row(attempt.Index))
        {
            ["Person"] = PersonKey.For(attempt.PersonObjectId),
            ["QuestionId"] = attempt.QuestionId,
            ["Option"] = attempt.Option,
            ["Correct"] = attempt.Correct,
            ["AnsweredAt"] = attempt.AnsweredAt,
        };
        try
        {
            await client.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyExists())
        {
            return false;
        }
    }

    public async Task<QuizAttempt?> GetAsync(string sessionId, int index, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(sessionId, Row(index), cancellationToken: ct);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    public async Task<IReadOnlyList<QuizAttempt>> ListAsync(string sessionId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var attempts = new List<QuizAttempt>();
        await foreach (var e in client.QueryAsync<TableEntity>(e => e.PartitionKey == sessionId, cancellationToken: ct))
            attempts.Add(FromEntity(e));
        return attempts;
    }

    private static string Row(int index) => index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    private static QuizAttempt FromEntity(TableEntity e) => new(
        e.PartitionKey,
        int.Parse(e.RowKey, System.Globalization.CultureInfo.InvariantCulture),
        e.GetString("Person") ?? "",
        e.GetString("QuestionId") ?? "",
        e.GetInt32("Option") ?? -1,
        e.GetBoolean("Correct") ?? false,
        e.GetDateTimeOffset("AnsweredAt") ?? DateTimeOffset.MinValue);
}
