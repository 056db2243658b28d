using Cronos;

namespace DrillPlatform.Local.FunctionsHost;

/// <summary>
/// A timer function as the local host runs it: the same name and NCRONTAB setting as in Azure
/// (e.g. %LaunchDueDrillsSchedule%), the same use case, driven by the local clock.
/// </summary>
public sealed class LocalTimer(string name, string schedule, Func<IServiceProvider, DateTimeOffset, CancellationToken, Task> run)
{
    private readonly CronExpression cron = CronExpression.Parse(schedule, CronFormat.IncludeSeconds);

    public string Name { get; } = name;
    public string Schedule { get; } = schedule;
    public DateTimeOffset? LastRun { get; private set; }
    public string? LastError { get; private set; }

    public DateTimeOffset? NextAfter(DateTimeOffset from) => cron.GetNextOccurrence(from, TimeZoneInfo.Utc);

    /// <summary>True when an occurrence fell between the last run (or start) and now.</summary>
    public bool IsDue(DateTimeOffset now, DateTimeOffset started) => NextAfter(LastRun ?? started) is { } next && next <= now;

    public async Task RunAsync(IServiceProvider services, DateTimeOffset now, ILogger log, CancellationToken ct)
    {
        LastRun = now;
        try
        {
            await run(services, now, ct);
            LastError = null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LastError = error.Message;
            log.LogError(error, "Timer {Timer} failed", Name);
        }
    }
}
