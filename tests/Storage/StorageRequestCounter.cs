using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace DrillPlatform.Tests.Storage;

/// <summary>
/// Counts the HTTP requests the platform sends to Azurite (tables and queues): a policy in the
/// clients' pipelines, so every round trip is seen, whichever store made it. A transaction is one.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> requests = new();

    public IReadOnlyList<string> Requests => requests.ToArray();

    public void Reset() => requests.Clear();

    /// <summary>Replaces the registered table and queue clients with counted ones on the same account.</summary>
    public void Replace(IServiceCollection services, string connectionString) => StoragePipeline.Install(services, connectionString, this);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message) =>
        requests.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.Path)}");
}
