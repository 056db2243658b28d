using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace DrillPlatform.Core.Storage;

/// <summary>
/// Refuses a table request whose PartitionKey or RowKey Azure Storage would refuse, before it is
/// sent, with the service's own answer (400 OutOfRangeInput), so Azurite (lenient) and tests behave
/// as production does. Looks at the keys in the address (point reads, updates, deletes) and in the
/// body (inserts, and every operation of a transaction). The key's value is not in the message:
/// some keys hold phone numbers.
/// </summary>
public sealed partial class TableKeyGuard : HttpPipelinePolicy
{
    public static readonly TableKeyGuard Instance = new();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        return ProcessNextAsync(message, pipeline);
    }

    private static void Check(HttpMessage message)
    {
        foreach (var (name, key) in Keys(message.Request))
            if (TableKey.Problem(key) is { } problem)
                throw new RequestFailedException(400, $"The '{name}' of this request is out of range: it {problem} (Azure Storage keys may not hold / \\ # ? or control characters, at most 1 KiB).",
                    "OutOfRangeInput", null);
    }

    private static IEnumerable<(string Name, string Key)> Keys(Request request)
    {
        foreach (var key in AddressKeys(request.Uri.ToUri().AbsoluteUri)) yield return key;
        if (request.Content is null) yield break;
        using var body = new MemoryStream();
        request.Content.WriteTo(body, CancellationToken.None);
        var text = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
        foreach (var key in AddressKeys(text)) yield return key; // the operations of a transaction
        foreach (Match m in JsonKey().Matches(text))
            yield return (m.Groups[1].Value, JsonSerializer.Deserialize<string>("\"" + m.Groups[2].Value + "\"")!);
    }

    private static IEnumerable<(string, string)> AddressKeys(string text)
    {
        foreach (Match m in AddressKey().Matches(text))
        {
            yield return ("PartitionKey", Uri.UnescapeDataString(m.Groups[1].Value).Replace("''", "'", StringComparison.Ordinal));
            yield return ("RowKey", Uri.UnescapeDataString(m.Groups[2].Value).Replace("''", "'", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("PartitionKey='([^']*)',RowKey='([^']*)'")]
    private static partial Regex AddressKey();

    [GeneratedRegex("\"(PartitionKey|RowKey)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex JsonKey();
}
