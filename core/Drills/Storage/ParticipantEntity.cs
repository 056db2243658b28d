namespace DrillPlatform.Core.Drills.Storage;

/// <summary>How a <see cref="Participant"/> looks as a row; see <see cref="ParticipantStore"/> for the keys.</summary>
internal static class ParticipantEntity
{
    public static TableEntity From(Participant p) => new(p.DrillId, p.PersonId)
    {
        ["Status"] = p.Status.ToString(),
        ["Reason"] = p.Reason,
        ["ClaimedAt"] = p.ClaimedAt,
        ["PromptedAt"] = p.PromptedAt,
        ["EscalatedAt"] = p.EscalatedAt,
        ["AnsweredAt"] = p.AnsweredAt,
        ["Score"] = p.Score,
        ["MissedActions"] = EntityValues.List(p.MissedActions),
    };

    public static Participant ToParticipant(TableEntity e) => new()
    {
        DrillId = e.PartitionKey,
        PersonId = e.RowKey,
        Status = EntityValues.Enum<ParticipantStatus>(e, "Status"),
        Reason = e.GetString("Reason"),
        ClaimedAt = e.GetDateTimeOffset("ClaimedAt"),
        PromptedAt = e.GetDateTimeOffset("PromptedAt"),
        EscalatedAt = e.GetDateTimeOffset("EscalatedAt"),
        AnsweredAt = e.GetDateTimeOffset("AnsweredAt"),
        Score = e.GetDouble("Score"),
        MissedActions = EntityValues.List(e.GetString("MissedActions")),
        Version = e.ETag.ToString(),
    };
}
