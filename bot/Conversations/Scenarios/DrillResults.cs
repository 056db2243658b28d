using Azure;
using Azure.Data.Tables;
using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Bot.Conversations.Scenarios;

/// <summary>
/// What a drill walk tells the participant table: "answered" at the first response, so escalation
/// stops, and the score once the walk ends.
/// </summary>
public sealed class DrillResults(ParticipantStore participants, TableServiceClient service, IOptions<StorageOptions> options, ILogger<DrillResults> log)
{
    private readonly StoreTable table = new(service, options, DrillTables.Participants);

    public Task<bool> RespondedAsync(string drillId, string personId, DateTimeOffset at, CancellationToken ct) =>
        participants.MarkAnsweredAsync(drillId, personId, at, score: null, ct);

    public async Task RecordScoreAsync(string drillId, string personId, DateTimeOffset at, int score, CancellationToken ct)
    {
        // A walk that ends without an accepted answer (all timeouts) has not been marked yet.
        if (await participants.MarkAnsweredAsync(drillId, personId, at, score, ct)) return;
        // ParticipantStore moves a participant to Answered once and has no score update, so the score
        // of an already answered participant is merged here, If-Match, touching only the Score column.
        // TODO(lead): move this into ParticipantStore as RecordScoreAsync and call it from here.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await participants.GetAsync(drillId, personId, ct);
            if (current is not { Status: ParticipantStatus.Answered, Version: { } version }) break;
            var client = await table.ClientAsync(ct);
            try
            {
                await client.UpdateEntityAsync(new TableEntity(drillId, personId) { ["Score"] = (double)score }, new ETag(version), TableUpdateMode.Merge, ct);
                return;
            }
            catch (RequestFailedException e) when (e.IsStaleETag())
            {
            }
        }
        log.LogWarning("Drill {DrillId}: score of {ObjectId} not recorded (participant not answered)", drillId, personId);
    }
}
