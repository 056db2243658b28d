using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Table {prefix}QuizSessions: PartitionKey = person objectId, RowKey = session id. A person's
/// sessions share a partition, so "my active quiz" is a single-partition query and a session
/// that is not in the caller's partition simply does not exist for them.
/// </summary>
public sealed class QuizSessionStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, TableNames.QuizSessions);

    public async Task<QuizSession> AddAsync(QuizSession session, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var response = await client.AddEntityAsync(ToEntity(session), ct);
        return session with { ETag = response.Headers.ETag ?? default };
    }

    public async Task<QuizSession?> GetAsync(string personObjectId, string sessionId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(PersonKey.For(personObjectId), sessionId, cancellationToken: ct);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    public async Task<IReadOnlyList<QuizSession>> ListActiveAsync(string personObjectId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PersonKey.For(personObjectId)} and Status eq {nameof(QuizStatus.Active)}");
        var sessions = new List<QuizSession>();
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            sessions.Add(FromEntity(entity));
        return sessions;
    }

    /// <returns>The session at its new version, or null when it changed since it was read (412).</returns>
    public async Task<QuizSession?> TryUpdateAsync(QuizSession session, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        try
        {
            var response = await client.UpdateEntityAsync(ToEntity(session), session.ETag, TableUpdateMode.Replace, ct);
            return session with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException e) when (e.IsStaleETag())
        {
            return null;
        }
    }

    private static TableEntity ToEntity(QuizSession s) => new(PersonKey.For(s.PersonObjectId), s.Id)
    {
        ["Locale"] = s.Locale,
        ["QuestionIds"] = JsonSerializer.Serialize(s.QuestionIds),
        ["Answers"] = JsonSerializer.Serialize(s.Answers),
        ["CurrentIndex"] = s.CurrentIndex, // for people reading the table; the code derives it from Answers
        ["Status"] = s.Status.ToString(),
        ["StartedAt"] = s.StartedAt,
        ["FinishedAt"] = s.FinishedAt,
    };

    private static QuizSession FromEntity(TableEntity e) => new(
        e.RowKey,
        e.PartitionKey,
        e.GetString("Locale") ?? "",
        JsonSerializer.Deserialize<List<string>>(e.GetString("QuestionIds") ?? "[]") ?? [],
        JsonSerializer.Deserialize<List<SessionAnswer>>(e.GetString("Answers") ?? "[]") ?? [],
        Enum.Parse<QuizStatus>(e.GetString("Status") ?? nameof(QuizStatus.Active)),
        e.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("FinishedAt"),
        e.ETag);
}
