namespace DrillPlatform.Local.FunctionsHost;

/// <summary>
/// Runs the timer functions' use cases on the local clock: every few seconds each timer whose
/// NCRONTAB occurrence has passed runs once (a clock jump of a day runs a minutely timer once,
/// as a host waking up would, not 1,440 times).
/// </summary>
public sealed class LocalTimers(IEnumerable<LocalTimer> timers, LocalClock clock, IServiceProvider services, ILogger<LocalTimers> log)
    : BackgroundService
{
    private readonly DateTimeOffset started = clock.GetUtcNow();

    public IReadOnlyList<LocalTimer> All { get; } = timers.ToList();

    public LocalTimer? Find(string name) => All.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public Task RunNowAsync(LocalTimer timer, CancellationToken ct) => timer.RunAsync(services, clock.GetUtcNow(), log, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var tick = new PeriodicTimer(TimeSpan.FromSeconds(2));
        while (await tick.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            foreach (var timer in All.Where(t => t.IsDue(now, started)))
                await timer.RunAsync(services, now, log, stoppingToken);
        }
    }
}
