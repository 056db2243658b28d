using System.Text;
using System.Text.Json;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// For the function on {queue}-poison: the queue gave up on a prompt after maxDequeueCount
/// attempts, so the participant is marked Failed with the last error the deliveries recorded. A batch
/// that reached the poison queue (its split or hand-back kept failing) marks every one of its people
/// not prompted yet; those already prompted or answered are left as they are.
/// </summary>
public sealed class DrillPromptPoison(ParticipantStore participants, IOptions<DrillOptions> options, ILogger<DrillPromptPoison> logger)
{
    /// <returns>false when the text is not a drill prompt message (logged; nobody to mark).</returns>
    public async Task<bool> HandleAsync(string messageText, CancellationToken ct = default)
    {
        if (Read(messageText) is not { } messages)
        {
            logger.LogError("A poison drill prompt message is unreadable and was dropped ({Length} characters)", messageText.Length);
            return false;
        }
        foreach (var message in messages)
        {
            var current = await participants.GetAsync(message.DrillId, message.ParticipantId, ct);
            var reason = DrillPromptReasons.GaveUp(options.Value.PromptMaxDequeueCount, current?.Reason);
            if (await participants.MarkFailedAsync(message.DrillId, message.ParticipantId, reason, ct))
                logger.LogWarning("Drill {DrillId}: participant {PersonId} marked Failed: {Reason}", message.DrillId, message.ParticipantId, reason);
        }
        return true;
    }

    // The trigger hands over decoded text; a message copied by hand may still be base64.
    private static IReadOnlyList<DrillPromptMessage>? Read(string text)
    {
        try
        {
            var json = text.TrimStart().StartsWith('{') ? text : Encoding.UTF8.GetString(Convert.FromBase64String(text));
            return DrillPromptBatch.Expand(json);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
