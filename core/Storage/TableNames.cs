namespace DrillPlatform.Core.Storage;

/// <summary>Every table the platform owns, without the per-deployment prefix.</summary>
public static class TableNames
{
    public const string Roster = "Roster";
    public const string ConversationRefs = "ConversationRefs";
    /// <summary>Quiz sessions, attempts and mastery, one partition per person (layout in Quizzes/QuizRows).</summary>
    public const string Quizzes = "Quizzes";
    public const string Once = "Once";
}
