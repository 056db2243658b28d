using System.Text.Json;

namespace DrillPlatform.Core.Api.Requests;

/// <summary>
/// Reads one JSON object field by field, collecting an <see cref="ApiError"/> per bad field instead
/// of stopping at the first, so one 400 names everything the caller has to fix.
/// </summary>
internal sealed class JsonFields(JsonElement element, string prefix, List<ApiError> errors)
{
    public const int MaxBodyChars = 64 * 1024;

    /// <summary>The body's top-level object, or null with the reason in errors.</summary>
    public static JsonFields? Parse(string? body, List<ApiError> errors)
    {
        if (string.IsNullOrWhiteSpace(body)) return Fail("is empty; send a JSON object");
        if (body.Length > MaxBodyChars) return Fail($"is larger than {MaxBodyChars / 1024} KB");
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? new JsonFields(doc.RootElement.Clone(), "", errors)
                : Fail("must be a JSON object");
        }
        catch (JsonException e)
        {
            return Fail($"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }

        JsonFields? Fail(string reason)
        {
            errors.Add(new ApiError("body", reason));
            return null;
        }
    }

    public string Path(string name) => prefix + name;

    public void Add(ApiError error) => errors.Add(error);

    public bool HasError(string name) => errors.Any(e => e.Field == Path(name) || e.Field.StartsWith(Path(name) + ".", StringComparison.Ordinal));

    public void RejectUnknown(params string[] known)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
            errors.Add(new ApiError(Path(property.Name), $"is not a known field; expected one of {string.Join(", ", known)}"));
    }

    public string? String(string name, bool required = false) =>
        Read(name, required, "a string", v => v.ValueKind == JsonValueKind.String ? v.GetString() : null);

    public int? Int(string name) =>
        Read<int?>(name, false, "a whole number", v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null);

    public bool? Bool(string name) =>
        Read<bool?>(name, false, "true or false", v => v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null);

    public DateOnly? Date(string name) => Read<DateOnly?>(name, false, "a date like 2026-03-31",
        v => DateOnly.TryParseExact(v.ValueKind == JsonValueKind.String ? v.GetString() : null, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);

    public TimeOnly? Time(string name) => Read<TimeOnly?>(name, false, "a time like 08:30",
        v => TimeOnly.TryParseExact(v.ValueKind == JsonValueKind.String ? v.GetString() : null, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null);

    public DateTime? LocalDateTime(string name) => Read<DateTime?>(name, false, "a local date and time like 2026-03-31T09:30",
        v => DateTime.TryParseExact(v.ValueKind == JsonValueKind.String ? v.GetString() : null, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null);

    public T? Enum<T>(string name) where T : struct, System.Enum =>
        Read<T?>(name, false, "one of " + string.Join(", ", System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName)),
            v => v.ValueKind == JsonValueKind.String && System.Enum.TryParse<T>(v.GetString(), ignoreCase: true, out var e) && !int.TryParse(v.GetString(), out _) ? e : null);

    public IReadOnlyList<string>? Strings(string name) => Read<IReadOnlyList<string>?>(name, false, "an array of strings",
        v => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? v.EnumerateArray().Select(i => i.GetString()!.Trim()).ToList()
            : null);

    public JsonFields? Object(string name, bool required = false) => Read(name, required, "an object",
        v => v.ValueKind == JsonValueKind.Object ? new JsonFields(v, Path(name) + ".", errors) : null);

    // Absent and null both mean "not given"; anything else must convert or it is reported.
    private T? Read<T>(string name, bool required, string expected, Func<JsonElement, T?> convert)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) errors.Add(new ApiError(Path(name), "is required"));
            return default;
        }
        var result = convert(value);
        if (result is null) errors.Add(new ApiError(Path(name), $"must be {expected}"));
        return result;
    }
}
