namespace DrillPlatform.Core.Quizzes;

/// <summary>How well one person knows one question: a Leitner box (0..5) and when to ask again.</summary>
public sealed record Mastery(int Box, DateTimeOffset DueAt, DateTimeOffset LastAnsweredAt, int CorrectCount, int WrongCount);
