namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>The process's Drills:PromptsInFlight delivery slots, shared by every SendDrillPrompt invocation (a singleton).</summary>
public sealed class PromptDeliverySlots(IOptions<DrillOptions> options)
{
    private readonly SemaphoreSlim slots = new(options.Value.PromptsInFlight);

    public async Task<T> RunAsync<T>(Func<Task<T>> delivery, CancellationToken ct)
    {
        await slots.WaitAsync(ct);
        try
        {
            return await delivery();
        }
        finally
        {
            slots.Release();
        }
    }
}
