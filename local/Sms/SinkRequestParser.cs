using System.Globalization;

namespace DrillPlatform.Local.Sms;

/// <summary>Reads a POST /sms body the way ACS checks it, naming the first field that is wrong.</summary>
public static class SinkRequestParser
{
    public const int MaxRecipients = 100;

    public static SinkRequest Parse(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new SinkRequestException("body", $"is not JSON ({e.Message})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new SinkRequestException("body", "must be a JSON object");
            var from = RequiredString(root, "from");
            var message = RequiredString(root, "message");
            if (!root.TryGetProperty("smsRecipients", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new SinkRequestException("smsRecipients", "is required and must be an array");
            if (list.GetArrayLength() is 0 or > MaxRecipients)
                throw new SinkRequestException("smsRecipients", $"must hold 1 to {MaxRecipients} recipients");
            var recipients = list.EnumerateArray().Select((r, i) => Recipient(r, $"smsRecipients[{i}]")).ToList();
            return new SinkRequest(from, message, recipients, Tag(root));
        }
    }

    private static SinkRecipient Recipient(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new SinkRequestException(path, "must be an object");
        var to = RequiredString(element, "to", path);
        if (!PhoneNumbers.IsE164(to)) throw new SinkRequestException($"{path}.to", "is not an E.164 phone number");
        var id = OptionalString(element, "repeatabilityRequestId", path);
        if (id is not null && !Guid.TryParse(id, out _))
            throw new SinkRequestException($"{path}.repeatabilityRequestId", "must be a GUID");
        var firstSent = OptionalString(element, "repeatabilityFirstSent", path);
        if (firstSent is not null && !DateTimeOffset.TryParseExact(firstSent, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            throw new SinkRequestException($"{path}.repeatabilityFirstSent", "must be an RFC 1123 date such as 'Mon, 01 Apr 2019 06:22:03 GMT'");
        if (firstSent is not null && id is null)
            throw new SinkRequestException($"{path}.repeatabilityRequestId", "is required when repeatabilityFirstSent is given");
        return new SinkRecipient(to, id, firstSent);
    }

    private static string? Tag(JsonElement root) =>
        root.TryGetProperty("smsSendOptions", out var options) && options.ValueKind == JsonValueKind.Object
            ? OptionalString(options, "tag", "smsSendOptions")
            : null;

    private static string RequiredString(JsonElement element, string name, string? path = null) =>
        OptionalString(element, name, path) is { Length: > 0 } value
            ? value
            : throw new SinkRequestException(Join(path, name), "is required and must be a non-empty string");

    private static string? OptionalString(JsonElement element, string name, string? path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new SinkRequestException(Join(path, name), "must be a string");
    }

    private static string Join(string? path, string name) => path is null ? name : $"{path}.{name}";
}

public sealed class SinkRequestException(string field, string problem) : Exception($"{field} {problem}")
{
    public string Field { get; } = field;
}
