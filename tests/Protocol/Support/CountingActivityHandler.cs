namespace DrillPlatform.Tests.Protocol.Support;

public sealed class CountingActivityHandler : IActivityHandler
{
    private int calls;

    public int Calls => calls;
    public Func<Activity, InvokeResponse?> Respond { get; set; } = _ => null;

    public Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(Respond(activity));
    }
}
