using System.Text;
using System.Text.Json;

namespace DrillPlatform.Core.Drills.Launching;

/// <summary>
/// One queue message for many participants of a drill: the launch queues one per transaction of
/// participants (100), so 2,000 people cost 20 messages instead of 2,000. The queue also holds the
/// one-person shape (<see cref="DrillPromptMessage"/>): from launches before batches existed, and for
/// prompts handed back singly (throttled, deferred, failed). Both are base64 JSON.
/// </summary>
public sealed record DrillPromptBatch(string DrillId, IReadOnlyList<string> ParticipantIds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IEnumerable<DrillPromptMessage> Messages => ParticipantIds.Select(id => new DrillPromptMessage(DrillId, id));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(ToJson()));

    /// <returns>null for the one-person shape (no participantIds), which <see cref="DrillPromptMessage.Parse"/> reads.</returns>
    /// <exception cref="FormatException">Not JSON, or a batch without a drill id or people.</exception>
    public static DrillPromptBatch? ParseIfBatch(string json)
    {
        var wire = JsonSerializer.Deserialize<Wire>(json, Json) ?? throw new FormatException("A drill prompt message is JSON null.");
        if (wire.ParticipantIds is null) return null;
        return wire is { DrillId.Length: > 0, ParticipantIds.Count: > 0 } && wire.ParticipantIds.All(id => !string.IsNullOrEmpty(id))
            ? new DrillPromptBatch(wire.DrillId, wire.ParticipantIds)
            : throw new FormatException("A drill prompt batch needs drillId and at least one participant id.");
    }

    /// <summary>The people a message of either shape is for, one message each.</summary>
    public static IReadOnlyList<DrillPromptMessage> Expand(string json) =>
        ParseIfBatch(json) is { } batch ? batch.Messages.ToList() : [DrillPromptMessage.Parse(json)];

    private sealed record Wire(string? DrillId, List<string>? ParticipantIds);
}
