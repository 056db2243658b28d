using System.Text.Json;
using DrillPlatform.Core.Equipment.Escalation;

namespace DrillPlatform.Core.Equipment.Tasks;

/// <summary>How a <see cref="CheckTask"/> looks as a table row; see <see cref="CheckTaskStore"/> for the keys.</summary>
internal static class CheckTaskEntity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Partition(string site, string equipmentId) => $"e:{site}|{equipmentId}";

    public static string Row(string checkId, DateOnly due, int followUp) => $"{checkId}|{Dates.Format(due)}|{followUp:D2}";

    public static TableEntity From(CheckTask t, string partition, string row) => new(partition, row)
    {
        ["Site"] = t.Site,
        ["EquipmentId"] = t.EquipmentId,
        ["CheckId"] = t.CheckId,
        ["DueDate"] = Dates.Format(t.DueDate),
        ["Anchor"] = Dates.Format(t.Anchor),
        ["FollowUp"] = t.FollowUp,
        ["ItemIds"] = JsonSerializer.Serialize(t.ItemIds, Json),
        ["Department"] = t.Department,
        ["Responsible"] = t.Responsible,
        ["Deputy"] = t.Deputy,
        ["OpenedAt"] = t.OpenedAt,
        ["Status"] = t.Status.ToString(),
        ["Rungs"] = JsonSerializer.Serialize(t.Rungs.ToDictionary(r => r.Key.ToString(), r => r.Value), Json),
        ["CompletedBy"] = t.CompletedBy,
        ["CompletedAt"] = t.CompletedAt,
        ["Answers"] = JsonSerializer.Serialize(t.Answers, Json),
        ["Note"] = t.Note,
    };

    public static CheckTask ToTask(TableEntity e) => new()
    {
        Site = Required(e, "Site"),
        EquipmentId = Required(e, "EquipmentId"),
        CheckId = Required(e, "CheckId"),
        DueDate = Dates.Parse(e.GetString("DueDate")) ?? throw Missing(e, "DueDate"),
        Anchor = Dates.Parse(e.GetString("Anchor")) ?? throw Missing(e, "Anchor"),
        FollowUp = e.GetInt32("FollowUp") ?? 0,
        ItemIds = JsonSerializer.Deserialize<string[]>(e.GetString("ItemIds") ?? "[]", Json) ?? [],
        Department = e.GetString("Department") ?? "",
        Responsible = e.GetString("Responsible") ?? "",
        Deputy = e.GetString("Deputy") ?? "",
        OpenedAt = e.GetDateTimeOffset("OpenedAt") ?? throw Missing(e, "OpenedAt"),
        Status = Enum.Parse<CheckStatus>(Required(e, "Status")),
        Rungs = (JsonSerializer.Deserialize<Dictionary<string, RungRecord>>(e.GetString("Rungs") ?? "{}", Json) ?? [])
            .ToDictionary(r => Enum.Parse<EscalationRung>(r.Key), r => r.Value),
        CompletedBy = e.GetString("CompletedBy"),
        CompletedAt = e.GetDateTimeOffset("CompletedAt"),
        Answers = JsonSerializer.Deserialize<CheckAnswer[]>(e.GetString("Answers") ?? "[]", Json) ?? [],
        Note = e.GetString("Note"),
        Version = e.ETag.ToString(),
    };

    private static string Required(TableEntity e, string key) => e.GetString(key) ?? throw Missing(e, key);

    private static InvalidDataException Missing(TableEntity e, string key) => new($"{key} is missing in {e.PartitionKey}/{e.RowKey}");
}
