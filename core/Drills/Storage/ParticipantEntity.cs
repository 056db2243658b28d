using Azure.Data.Tables;

namespace DrillPlatform.Core.Drills;

/// <summary>How a <see cref="Participant"/> looks as a row; see <see cref="ParticipantStore"/> for the keys.</summary>
internal static class ParticipantEntity
{
    public static TableEntity From(Participant p) => new(p.DrillId, p.PersonId)
    {
        ["Status"] = p.Status.ToString(),
        ["Reason"] = p.Reason,
        ["PromptedAt"] = p.PromptedAt,
        ["AnsweredAt"] = p.AnsweredAt,
        ["Score"] = p.Score,
    };

    public static Participant ToParticipant(TableEntity e) => new()
    {
        DrillId = e.PartitionKey,
        PersonId = e.RowKey,
        Status = EntityValues.Enum<ParticipantStatus>(e, "Status"),
        Reason = e.GetString("Reason"),
        PromptedAt = e.GetDateTimeOffset("PromptedAt"),
        AnsweredAt = e.GetDateTimeOffset("AnsweredAt"),
        Score = e.GetDouble("Score"),
        Version = e.ETag.ToString(),
    };
}
