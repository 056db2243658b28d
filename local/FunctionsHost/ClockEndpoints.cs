namespace DrillPlatform.Local.FunctionsHost;

/// <summary>The emulator page's clock panel: see the local time, move it forward, run a timer now.</summary>
public static class ClockEndpoints
{
    public static void MapClock(this WebApplication app)
    {
        var dev = app.MapGroup("/dev").AddEndpointFilter(LoopbackOnly.Filter);
        dev.MapGet("/clock", (LocalClock clock, LocalTimers timers, ContentBundle content) => Results.Ok(State(clock, timers, content)));
        dev.MapPost("/clock/advance", (int? minutes, LocalClock clock, LocalTimers timers, ContentBundle content) =>
        {
            if (minutes is not (> 0 and <= 60 * 24 * 31))
                return Results.BadRequest(new { error = "Query parameter 'minutes' must be between 1 and 44640 (31 days)." });
            clock.Advance(TimeSpan.FromMinutes(minutes.Value));
            return Results.Ok(State(clock, timers, content));
        });
        dev.MapPost("/timers/{name}/run", async (string name, LocalClock clock, LocalTimers timers, ContentBundle content, CancellationToken ct) =>
        {
            if (timers.Find(name) is not { } timer)
                return Results.NotFound(new { error = $"No timer '{name}'. Timers: {string.Join(", ", timers.All.Select(t => t.Name))}." });
            await timers.RunNowAsync(timer, ct);
            return timer.LastError is null
                ? Results.Ok(State(clock, timers, content))
                : Results.Problem($"Timer {timer.Name} failed: {timer.LastError}", statusCode: 502);
        });
    }

    /// <summary>Times stay UTC on the wire; timeZone (the site's, IANA) is how the page shows them, as cards do.</summary>
    private static object State(LocalClock clock, LocalTimers timers, ContentBundle content)
    {
        var now = clock.GetUtcNow();
        return new
        {
            now,
            timeZone = content.Site.TimeZone,
            offsetMinutes = (int)clock.Offset.TotalMinutes,
            timers = timers.All.Select(t => new { t.Name, t.Schedule, t.LastRun, next = t.NextAfter(now), t.LastError }),
        };
    }
}
