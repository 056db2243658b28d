using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace DrillPlatform.Tests.Storage;

/// <summary>
/// Fails chosen requests to the real Azurite, as a dropped connection would: a policy in the
/// clients' pipelines (once per call, so the SDK's own retries do not hide it). A fault "after"
/// lets the request reach storage and loses the answer, the case where the write happened but the
/// caller cannot know.
/// </summary>
public sealed class StorageFaults : HttpPipelinePolicy
{
    private Func<string, bool>? matches;
    private bool afterSend;
    private int remaining;

    public int Injected { get; private set; }

    /// <param name="request">Matched against "METHOD /path?query" (path unescaped).</param>
    public void Fail(Func<string, bool> request, int times = int.MaxValue, bool afterSend = false)
    {
        (matches, this.afterSend, remaining) = (request, afterSend, times);
    }

    public void Heal() => matches = null;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var hit = Hit(message);
        if (hit && !afterSend) throw Fault(message);
        await ProcessNextAsync(message, pipeline);
        if (hit) throw Fault(message);
    }

    private bool Hit(HttpMessage message)
    {
        var text = $"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.Path)}{message.Request.Uri.Query}";
        lock (this)
        {
            if (matches is null || remaining <= 0 || !matches(text)) return false;
            remaining--;
            Injected++;
            return true;
        }
    }

    private static RequestFailedException Fault(HttpMessage message) =>
        new(0, $"Injected storage fault: {message.Request.Method} {message.Request.Uri.Path}", new IOException("connection reset (injected)"));
}
