using System.Text;
using Azure.Storage.Queues;
using DrillPlatform.Core.Readiness.Sending;

namespace DrillPlatform.Local.FunctionsHost;

/// <summary>
/// The SendReadinessNudge queue trigger as the local host runs it: one consumer on the same Azurite
/// queue; a message whose delivery throws reappears after the lease, as with the Functions host.
/// </summary>
public sealed class LocalNudgeWorker(QueueServiceClient queues, ReadinessNudgeQueue nudges, ReadinessNudges delivery, ILogger<LocalNudgeWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(nudges.Name);
        await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = (await queue.ReceiveMessagesAsync(1, Lease, stoppingToken)).Value;
            if (batch.Length == 0)
            {
                await Task.Delay(Idle, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }
            try
            {
                var json = Encoding.UTF8.GetString(Convert.FromBase64String(batch[0].MessageText));
                await delivery.DeliverAsync(ReadinessNudgeMessage.Parse(json), stoppingToken);
                await queue.DeleteMessageAsync(batch[0].MessageId, batch[0].PopReceipt, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Readiness nudge delivery failed; the message comes back after its lease");
            }
        }
    }
}
