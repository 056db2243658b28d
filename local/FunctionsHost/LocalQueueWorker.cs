using Azure.Storage.Queues;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Local.FunctionsHost;

/// <summary>
/// The SendDrillPrompt queue trigger as the local host runs it: the same delivery and poison
/// handling as the functions, on the same Azurite queue, with a few concurrent consumers.
/// </summary>
public sealed class LocalQueueWorker(
    QueueServiceClient queues, DrillPromptQueue prompts, DrillPromptDispatch dispatch, DrillPromptPoison poison) : BackgroundService
{
    private const int Consumers = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new PromptQueueConsumers(queues.GetQueueClient(prompts.Name), dispatch.HandleAsync, (text, ct) => poison.HandleAsync(text, ct), Consumers)
            .RunUntilAsync(() => false, stoppingToken)
            .ContinueWith(_ => { }, TaskScheduler.Default);
}
