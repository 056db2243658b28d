namespace DrillPlatform.Bot.Teams;

/// <summary>
/// The data of an Action.Submit (message.value) or Action.Execute (invoke value.action.data).
/// Reads only what it needs and tolerates anything else a client adds.
/// </summary>
public sealed record CardAction(string Name, JsonElement Data)
{
    public const string MissingChoice = "choice_missing";
    public const string UnknownChoice = "choice_unknown";

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

    /// <summary>
    /// The option picked in an Input.ChoiceSet (style expanded, one submit): Teams merges the input's
    /// value into the data as a string ("2"). Cards sent before choice sets carried the option as a
    /// number, so both are read. Problem is an i18n key: choice_missing when nothing was picked,
    /// choice_unknown when the value is not an option index.
    /// </summary>
    public (int? Index, string? Problem) Choice(string property)
    {
        if (Int(property) is { } number) return (number, null);
        if (!Data.TryGetProperty(property, out var value) || value.ValueKind is JsonValueKind.Null
            || value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
            return (null, MissingChoice);
        return value.ValueKind == JsonValueKind.String
               && int.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? (parsed, null)
            : (null, UnknownChoice);
    }
}
