namespace DrillPlatform.Local.Sms;

/// <summary>
/// The fake phone network behind the local SMS sink: in memory on purpose, it stands in for the
/// handsets, not for platform storage. De-duplicates on repeatabilityRequestId the way ACS does.
/// </summary>
public sealed class SmsOutbox(TimeProvider time)
{
    /// <summary>Numbers ending in this fail with 400, so a per-recipient failure can be demonstrated.</summary>
    public const string FailingSuffix = "0000";

    private readonly Lock gate = new();
    private readonly List<SinkSms> messages = [];
    private readonly Dictionary<string, (string Fingerprint, SinkResult Result)> repeatable = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SinkSms> Messages
    {
        get { lock (gate) return messages.ToList(); }
    }

    /// <summary>How many texts a number actually received (failures and dropped repeats excluded).</summary>
    public int DeliveredTo(string to)
    {
        lock (gate) return messages.Count(m => m.To == to && m.Result.Successful);
    }

    public SinkResult Accept(SinkRequest request, SinkRecipient recipient)
    {
        var fingerprint = string.Join('\n', request.From, recipient.To, recipient.RepeatabilityFirstSent, request.Message);
        lock (gate)
        {
            if (recipient.RepeatabilityRequestId is { } id && repeatable.TryGetValue(id, out var first))
                return first.Fingerprint == fingerprint
                    ? first.Result
                    : new SinkResult(recipient.To, null, 400, "rejected", false,
                        "The repeatability request id was already used for a different request.");

            var result = Decide(recipient);
            messages.Add(new SinkSms(messages.Count + 1, time.GetUtcNow(), request.From, recipient.To, request.Message,
                request.Tag, recipient.RepeatabilityRequestId, result));
            if (recipient.RepeatabilityRequestId is { } newId) repeatable[newId] = (fingerprint, result);
            return result;
        }
    }

    /// <summary>Records what another provider's sink decided (Alibaba Cloud has no repeatability id).</summary>
    public SinkResult Record(string from, string to, string message, string? tag, SinkResult result)
    {
        lock (gate)
        {
            messages.Add(new SinkSms(messages.Count + 1, time.GetUtcNow(), from, to, message, tag, null, result));
            return result;
        }
    }

    private SinkResult Decide(SinkRecipient recipient)
    {
        var repeatability = recipient.RepeatabilityRequestId is null ? null : "accepted";
        if (recipient.To.EndsWith(FailingSuffix, StringComparison.Ordinal))
            return new SinkResult(recipient.To, null, 400, repeatability, false, "Invalid To phone number format.");
        var messageId = $"Outgoing_{time.GetUtcNow():yyyyMMddHHmmss}{Guid.NewGuid()}";
        return new SinkResult(recipient.To, messageId, 202, repeatability, true, null);
    }
}
