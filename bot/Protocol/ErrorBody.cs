namespace DrillPlatform.Bot.Protocol;

/// <summary>Teams and Graph both answer errors as {"error":{"code":"...","message":"..."}}.</summary>
public static class ErrorBody
{
    public static (string? Code, string? Message) Read(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
                return (null, null);
            return (Text(error, "code"), Text(error, "message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
