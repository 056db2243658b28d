using System.Text.Json;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Storage;

/// <summary>
/// How a <see cref="PersonRollup"/> looks as its two rows (see ReadinessStore); lists are JSON
/// columns (each well under the 64 KiB property limit). The read row holds what a score needs, all
/// of it bounded (a sum per topic, the last few drills, the checks of the window); the write-side
/// row holds what only writes need and grows with history (latest answer per question, ids of the
/// drills applied).
/// </summary>
internal static class RollupEntity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ReadRow(PersonRollup r) => new(ReadinessTables.Department(r.Department), ReadinessTables.Person(r.PersonId))
    {
        ["PersonId"] = r.PersonId,
        ["Department"] = r.Department,
        ["Topics"] = JsonSerializer.Serialize(r.Topics, Json),
        ["DrillSum"] = r.Drills.DecayedSum,
        ["DrillWeight"] = r.Drills.DecayedWeight,
        ["DrillRef"] = r.Drills.ReferenceAt,
        ["DrillCount"] = r.Drills.Count,
        ["DrillRecent"] = JsonSerializer.Serialize(r.Drills.Recent, Json),
        ["Checks"] = JsonSerializer.Serialize(r.Checks, Json),
        ["LastQuizAt"] = r.LastQuizAt,
        ["LastPracticeAt"] = r.LastPracticeAt,
        ["LastDrillAnsweredAt"] = r.LastDrillAnsweredAt,
    };

    public static TableEntity WriteSideRow(PersonRollup r) => new(ReadinessTables.Department(r.Department), ReadinessTables.WriteSide(r.PersonId))
    {
        ["Questions"] = JsonSerializer.Serialize(r.Questions, Json),
        ["DrillApplied"] = JsonSerializer.Serialize(r.Drills.Applied, Json),
    };

    public static bool IsWriteSide(TableEntity e) => e.RowKey.StartsWith(ReadinessTables.WriteSidePrefix, StringComparison.Ordinal);

    /// <param name="writeSide">
    /// The person's write-side row; null for a department read (which does not need it), or for a
    /// row stored before the split, whose read row still holds the write-side columns.
    /// </param>
    public static PersonRollup ToRollup(TableEntity read, TableEntity? writeSide = null)
    {
        var ledger = writeSide ?? read;
        return new()
        {
            PersonId = read.GetString("PersonId") ?? TableKey.Decode(read.RowKey),
            Department = read.GetString("Department") ?? TableKey.Decode(read.PartitionKey),
            Questions = Read<Dictionary<string, QuestionRecall>>(ledger, "Questions") ?? [],
            Topics = Read<Dictionary<string, TopicRecall>>(read, "Topics") ?? [],
            Drills = new DrillRollup(
                read.GetDouble("DrillSum") ?? 0,
                read.GetDouble("DrillWeight") ?? 0,
                read.GetDateTimeOffset("DrillRef"),
                read.GetInt32("DrillCount") ?? 0,
                Read<List<DrillOutcome>>(read, "DrillRecent") ?? [],
                Read<List<string>>(ledger, "DrillApplied") ?? []),
            Checks = Read<List<CheckRecord>>(read, "Checks") ?? [],
            LastQuizAt = read.GetDateTimeOffset("LastQuizAt"),
            LastPracticeAt = read.GetDateTimeOffset("LastPracticeAt"),
            LastDrillAnsweredAt = read.GetDateTimeOffset("LastDrillAnsweredAt"),
            Version = new RollupVersion(read.ETag.ToString(), writeSide?.ETag.ToString()),
        };
    }

    private static T? Read<T>(TableEntity e, string column) where T : class =>
        e.GetString(column) is { Length: > 0 } json ? JsonSerializer.Deserialize<T>(json, Json) : null;
}
