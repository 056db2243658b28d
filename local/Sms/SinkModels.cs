namespace DrillPlatform.Local.Sms;

/// <summary>A parsed POST /sms body, already checked field by field.</summary>
public sealed record SinkRequest(string From, string Message, IReadOnlyList<SinkRecipient> Recipients, string? Tag);

public sealed record SinkRecipient(string To, string? RepeatabilityRequestId, string? RepeatabilityFirstSent);

/// <summary>One item of the 202 response's value array, as ACS words it.</summary>
public sealed record SinkResult(
    string To, string? MessageId, int HttpStatusCode, string? RepeatabilityResult, bool Successful, string? ErrorMessage);

/// <summary>What reached the fake phone network, failures included so they can be shown.</summary>
public sealed record SinkSms(
    long Sequence,
    DateTimeOffset ReceivedAt,
    string From,
    string To,
    string Message,
    string? Tag,
    string? RepeatabilityRequestId,
    SinkResult Result);
