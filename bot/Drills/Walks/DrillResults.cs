using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>
/// What a drill walk tells the participant table: "answered" at the first response, so escalation
/// stops, and the score once the walk ends.
/// </summary>
public sealed class DrillResults(ParticipantStore participants, ILogger<DrillResults> log)
{
    public Task<bool> RespondedAsync(string drillId, string personId, DateTimeOffset at, CancellationToken ct) =>
        participants.MarkAnsweredAsync(drillId, personId, at, score: null, ct);

    public async Task RecordScoreAsync(string drillId, string personId, DateTimeOffset at, int score, CancellationToken ct)
    {
        if (!await participants.RecordScoreAsync(drillId, personId, at, score, ct))
            log.LogWarning("Drill {DrillId}: score of {ObjectId} not recorded (participant not answered)", drillId, personId);
    }
}
