using System.Text.Json;
using DrillPlatform.Core.Readiness.Model;

namespace DrillPlatform.Core.Readiness.Storage;

/// <summary>How a <see cref="PersonRollup"/> looks as a row; lists are JSON columns (each well under the 64 KiB property limit).</summary>
internal static class RollupEntity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every column but Questions and DrillApplied, which only writes need: what a read costs does not grow with history.</summary>
    public static readonly string[] ReadColumns =
        ["PartitionKey", "RowKey", "Timestamp", "PersonId", "Department", "Topics", "DrillSum", "DrillWeight", "DrillRef",
         "DrillCount", "DrillRecent", "Checks", "LastQuizAt", "LastPracticeAt", "LastDrillAnsweredAt"];

    public static TableEntity From(PersonRollup r) => new(ReadinessTables.Department(r.Department), ReadinessTables.Person(r.PersonId))
    {
        ["PersonId"] = r.PersonId,
        ["Department"] = r.Department,
        ["Questions"] = JsonSerializer.Serialize(r.Questions, Json),
        ["Topics"] = JsonSerializer.Serialize(r.Topics, Json),
        ["DrillSum"] = r.Drills.DecayedSum,
        ["DrillWeight"] = r.Drills.DecayedWeight,
        ["DrillRef"] = r.Drills.ReferenceAt,
        ["DrillCount"] = r.Drills.Count,
        ["DrillRecent"] = JsonSerializer.Serialize(r.Drills.Recent, Json),
        ["DrillApplied"] = JsonSerializer.Serialize(r.Drills.Applied, Json),
        ["Checks"] = JsonSerializer.Serialize(r.Checks, Json),
        ["LastQuizAt"] = r.LastQuizAt,
        ["LastPracticeAt"] = r.LastPracticeAt,
        ["LastDrillAnsweredAt"] = r.LastDrillAnsweredAt,
    };

    public static PersonRollup ToRollup(TableEntity e) => new()
    {
        PersonId = e.GetString("PersonId") ?? TableKey.Decode(e.RowKey),
        Department = e.GetString("Department") ?? TableKey.Decode(e.PartitionKey),
        Questions = Read<Dictionary<string, QuestionRecall>>(e, "Questions") ?? [],
        Topics = Read<Dictionary<string, TopicRecall>>(e, "Topics") ?? [],
        Drills = new DrillRollup(
            e.GetDouble("DrillSum") ?? 0,
            e.GetDouble("DrillWeight") ?? 0,
            e.GetDateTimeOffset("DrillRef"),
            e.GetInt32("DrillCount") ?? 0,
            Read<List<DrillOutcome>>(e, "DrillRecent") ?? [],
            Read<List<string>>(e, "DrillApplied") ?? []),
        Checks = Read<List<CheckRecord>>(e, "Checks") ?? [],
        LastQuizAt = e.GetDateTimeOffset("LastQuizAt"),
        LastPracticeAt = e.GetDateTimeOffset("LastPracticeAt"),
        LastDrillAnsweredAt = e.GetDateTimeOffset("LastDrillAnsweredAt"),
        Version = e.ETag.ToString(),
    };

    private static T? Read<T>(TableEntity e, string column) where T : class =>
        e.GetString(column) is { Length: > 0 } json ? JsonSerializer.Deserialize<T>(json, Json) : null;
}
