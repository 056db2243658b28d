using DrillPlatform.Core.Content;
using DrillPlatform.Core.Roster;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Runs quizzes of five questions chosen by spaced repetition. Answers count exactly once:
/// the attempt row is the gate (insert-if-absent), mastery and the session follow it, and the
/// session is only ever changed under its ETag.
/// </summary>
public sealed class QuizService(
    QuizSessionStore sessions,
    AttemptStore attempts,
    MasteryStore mastery,
    IReadOnlyList<Question> bank,
    TimeProvider time,
    ILogger<QuizService>? logger = null,
    Random? random = null,
    Readiness.ReadinessRecorder? readiness = null)
{
    public const int QuestionsPerQuiz = 5;

    private readonly Dictionary<string, Question> questions = bank.ToDictionary(q => q.Id, StringComparer.Ordinal);
    private readonly AnswerRecorder recorder = new(sessions, mastery, readiness);
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

        var known = await mastery.GetAllAsync(person.ObjectId, ct);
        var pool = string.IsNullOrWhiteSpace(topic) ? bank : bank.Where(q => string.Equals(q.Topic, topic.Trim(), StringComparison.Ordinal)).ToList();
        var picked = QuestionSelector.Select(pool, person, known, now, QuestionsPerQuiz, random);
        if (picked.Count == 0)
        {
            log.LogWarning("No quiz questions fit {PersonObjectId} (roles {Roles})", person.ObjectId, string.Join(';', person.Roles));
            return null;
        }

        var session = new QuizSession(Guid.NewGuid().ToString("N"), person.ObjectId, Locales.Normalize(locale),
            picked.Select(q => q.Id).ToList(), [], QuizStatus.Active, now, null);
        await sessions.AddAsync(session, ct);
        log.LogInformation("Quiz {SessionId} started for {PersonObjectId} with {Count} questions", session.Id, person.ObjectId, picked.Count);
        return new QuizStart(session.Id, picked[0], 0, picked.Count);
    }

    public async Task<AnswerOutcome> AnswerAsync(string personObjectId, string sessionId, int index, int option, CancellationToken ct = default)
    {
        var session = await sessions.GetAsync(personObjectId, sessionId, ct);
        if (session is null) return AnswerOutcome.Rejected(AnswerKind.NotFound, null, index, option, 0);

        var question = index >= 0 && index < session.Total ? questions.GetValueOrDefault(session.QuestionIds[index]) : null;
        if (question is null || option < 0 || option >= question.Options.Count)
            return AnswerOutcome.Rejected(AnswerKind.Invalid, question, index, option, session.Total);

        if (index < session.CurrentIndex) return Outcome(AnswerKind.Duplicate, session, index, question);
        if (session.Status != QuizStatus.Active || index > session.CurrentIndex)
            return AnswerOutcome.Rejected(AnswerKind.Stale, question, index, option, session.Total) with
            {
                Next = CurrentQuestion(session),
                NextIndex = CurrentQuestion(session) is null ? -1 : session.CurrentIndex,
            };

        var attempt = new QuizAttempt(session.Id, index, session.PersonObjectId, question.Id, option,
            option == question.Correct, time.GetUtcNow());
        var won = await attempts.TryAddAsync(attempt, ct);
        if (!won)
            attempt = await attempts.GetAsync(session.Id, index, ct)
                ?? throw new InvalidOperationException($"Attempt {attempt.Key} was refused as existing but cannot be read.");

        session = await recorder.ApplyAsync(attempt, session, ct);
        if (won)
            log.LogInformation("Quiz {SessionId} question {Index} ({QuestionId}) answered, correct: {Correct}",
                session.Id, index, question.Id, attempt.Correct);
        return Outcome(won ? AnswerKind.Accepted : AnswerKind.Duplicate, session, index, question);
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
