namespace DrillPlatform.Core.Quizzes;

/// <summary>
/// Table {prefix}Quizzes holds a person's quizzes in ONE partition (PartitionKey = person objectId),
/// so that an answer's three writes (the attempt, the session, the mastery row) are one
/// entity-group transaction, and a session with its attempts is one range read:
/// <code>
///   q|{sessionId}|      the session (questions, answers so far, status, mastery read at the start)
///   q|{sessionId}|{nn}  the attempt at question nn (00..04): the exactly-once gate, insert-if-absent
///   m|{questionId}      the person's mastery of a question (URL-escaped: keys may not hold / \ # ?)
/// </code>
/// Session ids are the service's own (hex, or "demo-…" for seeded history); an id from a card that
/// has any other character is not a session, so it never reaches a key.
/// </summary>
public static class QuizRows
{
    public const string SessionPrefix = "q|";
    public const string MasteryPrefix = "m|";

    public static string Session(string sessionId) => $"{SessionPrefix}{sessionId}|";

    public static string Attempt(string sessionId, int index) =>
        Session(sessionId) + index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    public static string Mastery(string questionId) => MasteryPrefix + TableKey.Encode(questionId);

    public static string QuestionOf(string masteryRow) => TableKey.Decode(masteryRow[MasteryPrefix.Length..]);

    public static bool IsSession(string rowKey) => rowKey.StartsWith(SessionPrefix, StringComparison.Ordinal) && rowKey.EndsWith('|');

    public static bool IsAttempt(string rowKey) => rowKey.StartsWith(SessionPrefix, StringComparison.Ordinal) && !rowKey.EndsWith('|');

    /// <summary>The session's id and the attempt's index from an attempt's row key.</summary>
    public static (string SessionId, int Index) ParseAttempt(string rowKey)
    {
        var cut = rowKey.LastIndexOf('|');
        return (rowKey[SessionPrefix.Length..cut], int.Parse(rowKey[(cut + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static bool IsValidSessionId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>The session and its attempts: a range of at most six rows.</summary>
    public static string SessionRange(string personObjectId, string sessionId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {PersonKey.For(personObjectId)} and RowKey ge {Session(sessionId)} and RowKey lt {SessionPrefix + sessionId + "}"}");

    /// <summary>Every row of one kind of one person ("q|" or "m|" up to the next character).</summary>
    public static string Kind(string personObjectId, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {PersonKey.For(personObjectId)} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
}
