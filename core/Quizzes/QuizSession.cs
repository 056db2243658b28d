using Azure;

namespace DrillPlatform.Core.Quizzes;

public enum QuizStatus { Active, Finished, Superseded }

public sealed record SessionAnswer(int Option, bool Correct);

/// <summary>
/// One quiz of one person. The next question to answer is always the first unanswered one, so
/// CurrentIndex is derived from Answers rather than stored beside it where the two could disagree.
/// ETag is the row version the session was read at; updates are conditional on it.
/// MasteryAtStart: the mastery rows (with versions) of its questions when it was picked, so an
/// answer need not read them again (null for sessions stored before it was kept).
/// </summary>
public sealed record QuizSession(
    string Id,
    string PersonObjectId,
    string Locale,
    IReadOnlyList<string> QuestionIds,
    IReadOnlyList<SessionAnswer> Answers,
    QuizStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    ETag ETag = default,
    IReadOnlyDictionary<string, MasteryRow>? MasteryAtStart = null)
{
    public int CurrentIndex => Answers.Count;
    public int Total => QuestionIds.Count;
    public bool IsComplete => Answers.Count >= QuestionIds.Count;
}
