namespace DrillPlatform.Local.Bench;

/// <summary>
/// `dotnet run -c Release --project local -- bench-sdk [turns] [concurrency] [rounds]`: the bot's
/// turns side by side with the reference SDK's (botbuilder-js CloudAdapter echo bot). Both validate
/// the same channel token from the local host's dev issuer and reply through the same fake
/// Connector; one load generator drives both, alternating which goes first in each round.
/// Scenarios: `help` from a person on the roster, and a message from a person who is not on it.
/// Prints turns/s, client-side p50/p99 of every run, the medians and the ratio (ours / SDK).
/// </summary>
public static class SdkBenchmark
{
    // Enough people that no one chat comes near Teams' per-conversation windows, which our pacer keeps and the SDK does not.
    private const int People = 1000;

    public static async Task<int> RunAsync(string[] args)
    {
        var turns = args.Length > 0 ? int.Parse(args[0]) : 2000;
        var concurrency = args.Length > 1 ? int.Parse(args[1]) : 16;
        var rounds = args.Length > 2 ? int.Parse(args[2]) : 3;
        var repoRoot = Azurite.FindRepoRoot(AppContext.BaseDirectory);
        await SdkEchoBot.InstallAsync();

        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
        await using var azurite = await Azurite.StartAsync(repoRoot, dataFolder: null);
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { GlobalPerSecond = int.MaxValue, ConversationPerSecond = int.MaxValue, ConversationWindows = [] });
        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var app = await LocalHost.BuildAsync(["--urls", baseUrl, "--Storage:ConnectionString", azurite.ConnectionString,
            "--Storage:Prefix", "sdk" + DateTime.UtcNow.ToString("HHmmss"), "--Logging:LogLevel:Default", "Warning",
            // The SDK does not pace and the fake has no limits: lift our pacer's ceiling (Teams' 50/s) to the highest setting so both measure the turn alone.
            "--Drills:TeamsRequestsPerSecond", "1000"]);
        await app.StartAsync();
        var issuer = app.Services.GetRequiredService<DevIssuer>();
        await using var sdk = await SdkEchoBot.StartAsync(repoRoot, LocalDevelopment.DevAppId, $"{baseUrl}/dev/.well-known/openidconfiguration", issuer.Issuer);

        var staff = Enumerable.Range(0, People).Select(i => new StaffMember(Guid.NewGuid().ToString(), $"Bench {i}", $"sdkbench{i}@demo-hospital.example",
            "records", ["records-clerk"], null, "en")).ToList();
        var roster = app.Services.GetRequiredService<RosterStore>();
        foreach (var person in staff) await roster.UpsertAsync(person);
        var strangers = Enumerable.Range(0, People).Select(_ => Guid.NewGuid().ToString()).ToList();

        var load = new TurnLoad(issuer.CreateChannelToken(LocalDevelopment.DevAppId, connector.ServiceUrl), connector.ServiceUrl);
        var bots = new[] { ("ours", $"{baseUrl}/api/messages"), ("sdk", $"{sdk.Url}/api/messages") };
        var scenarios = new (string Name, Func<int, string> From, string Text)[]
        {
            ("help (on the roster)", i => staff[i % staff.Count].ObjectId, "help"),
            ("not on the roster", i => strangers[i % strangers.Count], "hello"),
        };

        foreach (var (_, endpoint) in bots)
            foreach (var s in scenarios)
                await load.RunAsync(endpoint, 400, concurrency, s.From, s.Text); // warm-up: JIT, keys, tables, connections

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, node {NodeVersion()}, {SdkEchoBot.Package}@{SdkEchoBot.Version}");
        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine($"turns per run: {turns}, concurrency: {concurrency}, rounds: {rounds}; latency is client-side (request sent to response read)");
        var failures = 0;
        foreach (var s in scenarios)
        {
            var results = bots.ToDictionary(b => b.Item1, _ => new List<TurnLoad.Result>());
            for (var round = 0; round < rounds; round++)
                foreach (var (name, endpoint) in round % 2 == 0 ? bots : bots.Reverse())
                {
                    var r = await load.RunAsync(endpoint, turns, concurrency, s.From, s.Text);
                    results[name].Add(r);
                    failures += r.Failed;
                    Console.WriteLine($"  {s.Name,-22} {name,-4} round {round + 1}: {r.TurnsPerSecond,6:F1} turns/s, p50 {r.P50,5:F1} ms, p99 {r.P99,6:F1} ms, failed {r.Failed}");
                }
            var (ours, theirs) = (Median(results["ours"]), Median(results["sdk"]));
            Console.WriteLine($"{s.Name}: ours {ours.TurnsPerSecond:F1} turns/s (p50 {ours.P50:F1}, p99 {ours.P99:F1} ms), " +
                              $"sdk {theirs.TurnsPerSecond:F1} turns/s (p50 {theirs.P50:F1}, p99 {theirs.P99:F1} ms), ratio {ours.TurnsPerSecond / theirs.TurnsPerSecond:F2}x (medians of {rounds})");
        }
        Console.WriteLine($"load average at end: {LoadAverage()}");
        await app.StopAsync();
        return failures == 0 ? 0 : 1;
    }

    private static TurnLoad.Result Median(List<TurnLoad.Result> runs)
    {
        double Mid(IEnumerable<double> xs) => xs.Order().ElementAt(runs.Count / 2);
        return new TurnLoad.Result(Mid(runs.Select(r => r.TurnsPerSecond)), Mid(runs.Select(r => r.P50)), Mid(runs.Select(r => r.P99)), runs.Sum(r => r.Failed));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string NodeVersion()
    {
        using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version") { RedirectStandardOutput = true });
        return node?.StandardOutput.ReadToEnd().Trim() ?? "?";
    }
}
