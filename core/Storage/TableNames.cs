namespace DrillPlatform.Core.Storage;

/// <summary>Every table the platform owns, without the per-deployment prefix.</summary>
public static class TableNames
{
    public const string Roster = "Roster";
    public const string ConversationRefs = "ConversationRefs";
    public const string QuizSessions = "QuizSessions";
    public const string QuizAttempts = "QuizAttempts";
    public const string Mastery = "Mastery";
    public const string Once = "Once";
}
