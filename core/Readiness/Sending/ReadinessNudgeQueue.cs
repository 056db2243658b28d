using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;

namespace DrillPlatform.Core.Readiness.Sending;

/// <summary>One nudge to send: the person and the site-local day it counts for (yyyy-MM-dd).</summary>
public sealed record ReadinessNudgeMessage(string PersonId, string Day)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReadinessNudgeMessage Parse(string json) =>
        JsonSerializer.Deserialize<ReadinessNudgeMessage>(json, Json) is { PersonId.Length: > 0, Day.Length: > 0 } message
            ? message
            : throw new FormatException("A readiness nudge message needs personId and day.");
}

/// <summary>The Storage Queue {prefix}-readiness-nudges that SendReadinessNudge consumes (base64 text, as the trigger expects).</summary>
public sealed class ReadinessNudgeQueue(QueueServiceClient service, IOptions<StorageOptions> options)
{
    public const string Suffix = "-readiness-nudges";
    private readonly QueueClient client = service.GetQueueClient(options.Value.Prefix + Suffix);

    public string Name => client.Name;

    public async Task EnqueueAsync(ReadinessNudgeMessage message, CancellationToken ct = default)
    {
        await client.CreateIfNotExistsAsync(cancellationToken: ct);
        await client.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.ToJson())), ct);
    }
}
