using DrillPlatform.Core.Drills.Runtime;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Functions.Drills;

/// <summary>
/// One queue message, for one participant or a batch of them (split by the dispatch): prompts each
/// person in Teams, once. Throttling is answered by re-queueing with Retry-After as the visibility
/// delay inside the delivery; other exceptions escape so the queue retries and, after
/// maxDequeueCount, moves the message to the poison queue.
/// </summary>
public sealed class SendDrillPrompt(DrillPromptDispatch dispatch, DrillPromptPoison poison, ILogger<SendDrillPrompt> log)
{
    [Function(nameof(SendDrillPrompt))]
    public async Task Run([QueueTrigger("%DrillPromptsQueue%")] string message, long dequeueCount, CancellationToken ct)
    {
        var results = await dispatch.HandleAsync(message, dequeueCount, ct);
        log.LogInformation("Drill prompt deliveries: {Outcomes}", string.Join(", ", results.GroupBy(r => r.Outcome).Select(g => $"{g.Key} {g.Count()}")));
    }

    [Function(nameof(SendDrillPromptPoison))]
    public Task SendDrillPromptPoison([QueueTrigger("%DrillPromptsQueue%-poison")] string message, CancellationToken ct) =>
        poison.HandleAsync(message, ct);
}
