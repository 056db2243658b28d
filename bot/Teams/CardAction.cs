using System.Text.Json;

namespace DrillPlatform.Bot.Conversations;

/// <summary>
/// The data of an Action.Submit (message.value) or Action.Execute (invoke value.action.data).
/// Reads only what it needs and tolerates anything else a client adds.
/// </summary>
public sealed record CardAction(string Name, JsonElement Data)
{
    public static CardAction? From(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value) return null;
        return value.TryGetProperty("action", out var name) && name.ValueKind == JsonValueKind.String
            ? new CardAction(name.GetString()!, value)
            : null;
    }

    public string? String(string property) =>
        Data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public int? Int(string property) =>
        Data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;
}
