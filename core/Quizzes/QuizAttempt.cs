namespace DrillPlatform.Core.Quizzes;

/// <summary>The one accepted answer to question Index of a session.</summary>
public sealed record QuizAttempt(
    string SessionId,
    int Index,
    string PersonObjectId,
    string QuestionId,
    int Option,
    bool Correct,
    DateTimeOffset AnsweredAt)
{
    /// <summary>Names this attempt wherever it has been applied (see MasteryStore).</summary>
    public string Key => $"{SessionId}/{Index}";
}
