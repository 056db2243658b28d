using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace DrillPlatform.Tests.Storage;

/// <summary>Puts a policy (a counter, injected faults) into the pipelines of the table and queue clients a composition uses.</summary>
public static class StoragePipeline
{
    /// <summary>Replaces the registered table and queue clients with ones on the same account that run <paramref name="policy"/> once per call.</summary>
    public static void Install(IServiceCollection services, string connectionString, HttpPipelinePolicy policy)
    {
        var tables = DrillPlatform.Core.Storage.TableClients.Options();
        tables.AddPolicy(policy, HttpPipelinePosition.PerCall);
        var queues = new QueueClientOptions();
        queues.AddPolicy(policy, HttpPipelinePosition.PerCall);
        services.AddSingleton(new TableServiceClient(connectionString, tables));
        services.AddSingleton(new QueueServiceClient(connectionString, queues));
    }
}
