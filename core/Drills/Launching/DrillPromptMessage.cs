using System.Text;
using System.Text.Json;

namespace DrillPlatform.Core.Drills.Launching;

/// <summary>
/// A queue message for one participant (the launch queues <see cref="DrillPromptBatch"/>es; this shape is
/// how one prompt is handed back to the queue). Base64 text, because that is what the Functions queue
/// trigger expects by default (host.json messageEncoding), so SendDrillPrompt binds it as is.
/// </summary>
public sealed record DrillPromptMessage(string DrillId, string ParticipantId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(ToJson()));

    /// <summary>Reads the JSON the trigger hands over (already decoded from base64).</summary>
    public static DrillPromptMessage Parse(string json) =>
        JsonSerializer.Deserialize<DrillPromptMessage>(json, Json) is { DrillId.Length: > 0, ParticipantId.Length: > 0 } message
            ? message
            : throw new FormatException("A drill prompt message needs drillId and participantId.");
}
