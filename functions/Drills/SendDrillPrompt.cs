using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Functions.Drills;

/// <summary>
/// One queue message per participant: prompts that person in Teams, once. Throttling is answered by
/// re-queueing with Retry-After as the visibility delay inside the delivery; other exceptions
/// escape so the queue retries and, after maxDequeueCount, moves the message to the poison queue.
/// </summary>
public sealed class SendDrillPrompt(DrillPromptDelivery delivery, DrillPromptPoison poison, ILogger<SendDrillPrompt> log)
{
    [Function(nameof(SendDrillPrompt))]
    public async Task Run([QueueTrigger("%DrillPromptsQueue%")] string message, long dequeueCount, CancellationToken ct)
    {
        var result = await delivery.DeliverAsync(DrillPromptMessage.Parse(message), dequeueCount, ct);
        log.LogInformation("Drill prompt delivery: {Outcome}", result.Outcome);
    }

    [Function(nameof(SendDrillPromptPoison))]
    public Task SendDrillPromptPoison([QueueTrigger("%DrillPromptsQueue%-poison")] string message, CancellationToken ct) =>
        poison.HandleAsync(message, ct);
}
