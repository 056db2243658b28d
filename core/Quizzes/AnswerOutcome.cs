namespace DrillPlatform.Core.Quizzes;

public enum AnswerKind
{
    /// <summary>This answer was recorded.</summary>
    Accepted,
    /// <summary>The question was already answered; the outcome shows the answer that counted.</summary>
    Duplicate,
    /// <summary>The quiz is over or superseded, or the card is ahead of the current question.</summary>
    Stale,
    /// <summary>No such session for this person.</summary>
    NotFound,
    /// <summary>The index or option is not one the question has.</summary>
    Invalid,
}

public sealed record QuizResult(int Correct, int Total, IReadOnlyList<Question> Missed);

/// <summary>
/// What happened to an answer. Chosen and Correct are those of the answer that counted (for a
/// Duplicate, the first one). Next is the question to show now, at NextIndex, or null (NextIndex
/// -1) when there is none; Result is set once every question of the quiz has been answered.
/// </summary>
public sealed record AnswerOutcome(
    AnswerKind Kind,
    Question? Question,
    int Index,
    int Chosen,
    bool Correct,
    Question? Next,
    int NextIndex,
    int Total,
    QuizResult? Result)
{
    /// <summary>
    /// This is the last answer the quiz recorded, so what follows it (Next, or Result at the end)
    /// is what the person should be looking at now: a Duplicate of it may be the retry of a turn
    /// whose follow-up never reached them.
    /// </summary>
    public bool IsLatest => Kind is AnswerKind.Accepted or AnswerKind.Duplicate
        && (Next is not null ? NextIndex == Index + 1 : Result is not null && Index == Total - 1);

    public static AnswerOutcome Rejected(AnswerKind kind, Question? question, int index, int option, int total) =>
        new(kind, question, index, option, false, null, -1, total, null);
}
