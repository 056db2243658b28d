using Microsoft.Extensions.Logging.Abstractions;

namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Runs quizzes of five questions chosen by spaced repetition. Answers count exactly once: the
/// attempt row is the gate (insert-if-absent), and it is written in ONE transaction with the
/// session (If-Match) and the mastery row (If-Match, or insert-if-absent), so "answered in the
/// session" and "counted in mastery" are never apart. An answer costs three storage round trips:
/// the session with its attempts (one range read), the transaction, and the readiness roll-up
/// (whose row the quiz start warmed). Mastery is not read on an answer: the session keeps the
/// rows it was picked from with their versions, and a row changed since fails the transaction's
/// If-Match, after which the answer is tried again on fresh reads.
/// </summary>
public sealed class QuizService(
    QuizSessionStore sessions,
    MasteryStore mastery,
    IReadOnlyList<Question> bank,
    TimeProvider time,
    ILogger<QuizService>? logger = null,
    Random? random = null,
    DrillPlatform.Core.Readiness.Recording.ReadinessRecorder? readiness = null)
{
    public const int QuestionsPerQuiz = 5;
    private const int MaxTries = 20;

    private readonly Dictionary<string, Question> questions = bank.ToDictionary(q => q.Id, StringComparer.Ordinal);
    private readonly ILogger log = logger ?? NullLogger<QuizService>.Instance;

    /// <returns>null when no question in the bank is meant for this person.</returns>
    public Task<QuizStart?> StartAsync(StaffMember person, string locale, CancellationToken ct = default) =>
        StartAsync(person, locale, null, ct);

    /// <param name="topic">Only questions of this topic; null for the whole bank. Null result when no question of it fits the person.</param>
    public async Task<QuizStart?> StartAsync(StaffMember person, string locale, string? topic, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        foreach (var active in await sessions.ListActiveAsync(person.ObjectId, ct))
            await SupersedeAsync(active, now, ct);

        var rows = await mastery.GetRowsAsync(person.ObjectId, ct);
        var known = rows.ToDictionary(r => r.Key, r => r.Value.Mastery, StringComparer.Ordinal);
        var pool = string.IsNullOrWhiteSpace(topic) ? bank : bank.Where(q => string.Equals(q.Topic, topic.Trim(), StringComparison.Ordinal)).ToList();
        var picked = QuestionSelector.Select(pool, person, known, now, QuestionsPerQuiz, random);
        if (picked.Count == 0)
        {
            log.LogWarning("No quiz questions fit {PersonObjectId} (roles {Roles})", person.ObjectId, string.Join(';', person.Roles));
            return null;
        }

        var session = new QuizSession(Guid.NewGuid().ToString("N"), person.ObjectId, Locales.Normalize(locale),
            picked.Select(q => q.Id).ToList(), [], QuizStatus.Active, now, null,
            MasteryAtStart: picked.Where(q => rows.ContainsKey(q.Id)).ToDictionary(q => q.Id, q => rows[q.Id], StringComparer.Ordinal));
        await sessions.AddAsync(session, ct);
        if (readiness is not null) await readiness.WarmAsync(person.ObjectId, ct);
        log.LogInformation("Quiz {SessionId} started for {PersonObjectId} with {Count} questions", session.Id, person.ObjectId, picked.Count);
        return new QuizStart(session.Id, picked[0], 0, picked.Count);
    }

    public async Task<AnswerOutcome> AnswerAsync(string personObjectId, string sessionId, int index, int option, CancellationToken ct = default)
    {
        var fresh = false;
        for (var tries = 0; tries < MaxTries; tries++)
        {
            var (session, recorded) = await sessions.GetWithAttemptsAsync(personObjectId, sessionId, ct);
            if (session is null) return AnswerOutcome.Rejected(AnswerKind.NotFound, null, index, option, 0);

            var question = index >= 0 && index < session.Total ? questions.GetValueOrDefault(session.QuestionIds[index]) : null;
            if (question is null || option < 0 || option >= question.Options.Count)
                return AnswerOutcome.Rejected(AnswerKind.Invalid, question, index, option, session.Total);

            var existing = recorded.FirstOrDefault(a => a.Index == index);
            if (index < session.CurrentIndex)
            {
                await RecountReadinessAsync(existing, ct);
                return Outcome(AnswerKind.Duplicate, session, index, question);
            }
            // An attempt already in but not yet in the session (stored before answers were one
            // transaction) is finished here; otherwise only the current question of an active quiz counts.
            if (existing is null && (session.Status != QuizStatus.Active || index > session.CurrentIndex))
                return AnswerOutcome.Rejected(AnswerKind.Stale, question, index, option, session.Total) with
                {
                    Next = CurrentQuestion(session),
                    NextIndex = CurrentQuestion(session) is null ? -1 : session.CurrentIndex,
                };

            var attempt = existing ?? new QuizAttempt(session.Id, index, session.PersonObjectId, question.Id, option,
                option == question.Correct, time.GetUtcNow());
            var before = fresh || session.MasteryAtStart is null
                ? await mastery.GetAsync(personObjectId, question.Id, ct)
                : session.MasteryAtStart.GetValueOrDefault(question.Id);
            var counted = before?.LastAttempt == attempt.Key;
            var after = counted ? before!.Mastery : SpacedRepetition.Next(before?.Mastery, attempt.Correct, attempt.AnsweredAt);
            var written = await sessions.TryRecordAnswerAsync(WithAnswer(session, attempt), existing is null ? attempt : null,
                counted ? null : new MasteryWrite(question.Id, after, attempt.Key, before?.ETag), ct);
            if (written is null)
            {
                fresh = true; // a racing answer, a new quiz, or a mastery row changed since the start: look again
                continue;
            }

            if (readiness is not null) await readiness.RecordAnswerAsync(attempt, after, ct);
            if (existing is null)
                log.LogInformation("Quiz {SessionId} question {Index} ({QuestionId}) answered, correct: {Correct}",
                    session.Id, index, question.Id, attempt.Correct);
            return Outcome(existing is null ? AnswerKind.Accepted : AnswerKind.Duplicate, written, index, question);
        }
        throw new InvalidOperationException($"Quiz {sessionId} question {index}: the answer kept conflicting after {MaxTries} tries.");
    }

    /// <summary>
    /// The roll-up is written after the transaction; a request that stopped between the two left the
    /// answer uncounted there, so a repeat of it counts it (idempotent: once counted, nothing is written).
    /// </summary>
    private async Task RecountReadinessAsync(QuizAttempt? attempt, CancellationToken ct)
    {
        if (readiness is null || attempt is null) return;
        if (await mastery.GetAsync(attempt.PersonObjectId, attempt.QuestionId, ct) is { } row && row.LastAttempt == attempt.Key)
            await readiness.RecordAnswerAsync(attempt, row.Mastery, ct);
    }

    private static QuizSession WithAnswer(QuizSession session, QuizAttempt attempt)
    {
        var answers = session.Answers.Append(new SessionAnswer(attempt.Option, attempt.Correct)).ToList();
        var complete = answers.Count == session.Total;
        return session with
        {
            Answers = answers,
            Status = complete && session.Status == QuizStatus.Active ? QuizStatus.Finished : session.Status,
            FinishedAt = complete ? session.FinishedAt ?? attempt.AnsweredAt : session.FinishedAt,
        };
    }

    private AnswerOutcome Outcome(AnswerKind kind, QuizSession session, int index, Question question)
    {
        var counted = session.Answers[index];
        var next = CurrentQuestion(session);
        return new AnswerOutcome(kind, question, index, counted.Option, counted.Correct,
            next, next is null ? -1 : session.CurrentIndex, session.Total, session.IsComplete ? Result(session) : null);
    }

    private Question? CurrentQuestion(QuizSession session) =>
        session.Status == QuizStatus.Active && !session.IsComplete
            ? questions.GetValueOrDefault(session.QuestionIds[session.CurrentIndex])
            : null;

    private QuizResult Result(QuizSession session)
    {
        var missed = session.Answers
            .Select((answer, i) => (answer, id: session.QuestionIds[i]))
            .Where(a => !a.answer.Correct && questions.ContainsKey(a.id))
            .Select(a => questions[a.id])
            .ToList();
        return new QuizResult(session.Answers.Count(a => a.Correct), session.Total, missed);
    }

    private async Task SupersedeAsync(QuizSession? session, DateTimeOffset now, CancellationToken ct)
    {
        while (session is { Status: QuizStatus.Active })
        {
            if (await sessions.TryUpdateAsync(session with { Status = QuizStatus.Superseded, FinishedAt = now }, ct) is not null)
            {
                log.LogInformation("Quiz {SessionId} superseded by a new quiz", session.Id);
                return;
            }
            session = await sessions.GetAsync(session.PersonObjectId, session.Id, ct);
        }
    }
}
