namespace DrillPlatform.Core.Quizzes;

/// <summary>A new quiz and its first question (Index 0). StartAsync returns null when no question fits the person.</summary>
public sealed record QuizStart(string SessionId, Question First, int Index, int Total);
