using System.Text.Json;
using Azure;

namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Sessions are rows q|{sessionId}| of the person's partition in {prefix}Quizzes (layout in
/// <see cref="QuizRows"/>), so "my active quiz" is a single-partition query, a session that is not
/// in the caller's partition simply does not exist for them, and an answer is one transaction.
/// </summary>
public sealed class QuizSessionStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, TableNames.Quizzes);

    public async Task<QuizSession> AddAsync(QuizSession session, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var response = await client.AddEntityAsync(ToEntity(session), ct);
        return session with { ETag = response.Headers.ETag ?? default };
    }

    public async Task<QuizSession?> GetAsync(string personObjectId, string sessionId, CancellationToken ct = default) =>
        QuizRows.IsValidSessionId(sessionId) ? (await GetWithAttemptsAsync(personObjectId, sessionId, ct)).Session : null;

    /// <summary>The session and the attempts recorded for it, in one range read.</summary>
    public async Task<(QuizSession? Session, IReadOnlyList<QuizAttempt> Attempts)> GetWithAttemptsAsync(string personObjectId, string sessionId, CancellationToken ct = default)
    {
        if (!QuizRows.IsValidSessionId(sessionId)) return (null, []);
        var client = await table.ClientAsync(ct);
        QuizSession? session = null;
        var attempts = new List<QuizAttempt>();
        await foreach (var e in client.QueryAsync<TableEntity>(QuizRows.SessionRange(personObjectId, sessionId), cancellationToken: ct))
        {
            if (QuizRows.IsSession(e.RowKey)) session = FromEntity(e);
            else attempts.Add(AttemptStore.FromEntity(e));
        }
        return (session, attempts);
    }

    public async Task<IReadOnlyList<QuizSession>> ListActiveAsync(string personObjectId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var filter = $"{QuizRows.Kind(personObjectId, QuizRows.SessionPrefix)} and {TableClient.CreateQueryFilter($"Status eq {nameof(QuizStatus.Active)}")}";
        var sessions = new List<QuizSession>();
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            if (QuizRows.IsSession(entity.RowKey)) sessions.Add(FromEntity(entity));
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

    /// <summary>
    /// An answer as ONE entity-group transaction in the person's partition: insert the attempt (the
    /// gate; null when it is already in), replace the session If-Match, and write the mastery row
    /// If-Match its version (insert-if-absent when there was none; null when it already counts this
    /// attempt). All or nothing: either every effect of the answer is stored or none is.
    /// </summary>
    /// <returns>The session at its new version, or null when any of the three changed since it was read (409/412): read again.</returns>
    public async Task<QuizSession?> TryRecordAnswerAsync(QuizSession updated, QuizAttempt? newAttempt, MasteryWrite? mastery, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, ToEntity(updated), updated.ETag) };
        if (newAttempt is not null) actions.Add(new(TableTransactionActionType.Add, AttemptStore.ToEntity(newAttempt)));
        if (mastery is not null)
        {
            var entity = MasteryStore.ToEntity(updated.PersonObjectId, mastery.QuestionId, mastery.After, mastery.AttemptKey);
            actions.Add(mastery.ReadAt is { } etag
                ? new(TableTransactionActionType.UpdateReplace, entity, etag)
                : new(TableTransactionActionType.Add, entity));
        }
        try
        {
            var response = await client.SubmitTransactionAsync(actions, ct);
            return updated with { ETag = response.Value[0].Headers.ETag ?? default }; // answers come in the order of the actions
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    private static TableEntity ToEntity(QuizSession s) => new(PersonKey.For(s.PersonObjectId), QuizRows.Session(s.Id))
    {
        ["Locale"] = s.Locale,
        ["QuestionIds"] = JsonSerializer.Serialize(s.QuestionIds),
        ["Answers"] = JsonSerializer.Serialize(s.Answers),
        ["CurrentIndex"] = s.CurrentIndex, // for people reading the table; the code derives it from Answers
        ["Status"] = s.Status.ToString(),
        ["StartedAt"] = s.StartedAt,
        ["FinishedAt"] = s.FinishedAt,
        ["MasteryAtStart"] = s.MasteryAtStart is null ? null : JsonSerializer.Serialize(s.MasteryAtStart.ToDictionary(
            m => m.Key, m => new MasterySnapshot(m.Value.Mastery, m.Value.LastAttempt, m.Value.ETag.ToString()))),
    };

    private static QuizSession FromEntity(TableEntity e) => new(
        e.RowKey[QuizRows.SessionPrefix.Length..^1],
        e.PartitionKey,
        e.GetString("Locale") ?? "",
        JsonSerializer.Deserialize<List<string>>(e.GetString("QuestionIds") ?? "[]") ?? [],
        JsonSerializer.Deserialize<List<SessionAnswer>>(e.GetString("Answers") ?? "[]") ?? [],
        Enum.Parse<QuizStatus>(e.GetString("Status") ?? nameof(QuizStatus.Active)),
        e.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("FinishedAt"),
        e.ETag,
        e.GetString("MasteryAtStart") is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, MasterySnapshot>>(json)!.ToDictionary(
                m => m.Key, m => new MasteryRow(m.Value.Mastery, m.Value.LastAttempt, new ETag(m.Value.ETag)), StringComparer.Ordinal)
            : null);

    private sealed record MasterySnapshot(Mastery Mastery, string? LastAttempt, string ETag);
}

/// <summary>The mastery row an answer writes: its new value, the attempt it counts, and the version it was computed from (null: there was no row).</summary>
public sealed record MasteryWrite(string QuestionId, Mastery After, string AttemptKey, ETag? ReadAt);
