using DrillPlatform.Core.Content;
using DrillPlatform.Core.Readiness;

namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Carries an attempt that got through the gate into mastery and the session. Idempotent, so
/// the request that inserted the attempt and any duplicate that arrives while it is still
/// working (or after it crashed half-way) can all call it: each effect lands exactly once.
/// Mastery goes first, then the readiness roll-up (which takes the box mastery left); the session
/// records the answer last, so "answered in the session" implies "counted in mastery and readiness".
/// </summary>
internal sealed class AnswerRecorder(QuizSessionStore sessions, MasteryStore mastery, ReadinessRecorder? readiness)
{
    public async Task<QuizSession> ApplyAsync(QuizAttempt attempt, QuizSession session, CancellationToken ct)
    {
        var after = await ApplyToMasteryAsync(attempt, ct);
        if (readiness is not null) await readiness.RecordAnswerAsync(attempt, after, ct);
        return await ApplyToSessionAsync(attempt, session, ct);
    }

    private async Task<Mastery> ApplyToMasteryAsync(QuizAttempt attempt, CancellationToken ct)
    {
        while (true)
        {
            var row = await mastery.GetAsync(attempt.PersonObjectId, attempt.QuestionId, ct);
            if (row?.LastAttempt == attempt.Key) return row.Mastery;
            var next = SpacedRepetition.Next(row?.Mastery, attempt.Correct, attempt.AnsweredAt);
            if (await mastery.TryWriteAsync(attempt.PersonObjectId, attempt.QuestionId, next, attempt.Key, row?.ETag, ct)) return next;
        }
    }

    private async Task<QuizSession> ApplyToSessionAsync(QuizAttempt attempt, QuizSession session, CancellationToken ct)
    {
        while (session.Answers.Count <= attempt.Index)
        {
            // Attempts are only let in for the current question, so no earlier one can be missing.
            if (session.Answers.Count < attempt.Index)
                throw new InvalidOperationException($"Quiz {session.Id} has {session.Answers.Count} answers but an attempt for question {attempt.Index}.");

            var answers = session.Answers.Append(new SessionAnswer(attempt.Option, attempt.Correct)).ToList();
            var complete = answers.Count == session.Total;
            var updated = session with
            {
                Answers = answers,
                Status = complete && session.Status == QuizStatus.Active ? QuizStatus.Finished : session.Status,
                FinishedAt = complete ? session.FinishedAt ?? attempt.AnsweredAt : session.FinishedAt,
            };
            session = await sessions.TryUpdateAsync(updated, ct)
                ?? await sessions.GetAsync(session.PersonObjectId, session.Id, ct)
                ?? throw new InvalidOperationException($"Quiz {session.Id} disappeared while an answer was recorded.");
        }
        return session;
    }
}
