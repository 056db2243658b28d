using System.Diagnostics;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Model;
using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Local.Bench;

/// <summary>
/// `dotnet run -c Release --project local -- fanout [participants] [consumers] [inject429] [pacingShare]`: one drill
/// fanned out to N people through the real launcher, Azurite queue, delivery, pacing, prompter and
/// ConnectorClient, against the fake Connector limited to 50 requests/s (injected 429s use up that
/// budget). Prints wall time, prompts/s, % of the 50/s ceiling, lost and duplicated prompts.
/// </summary>
public static class FanOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var participants = args.Length > 0 ? int.Parse(args[0]) : 2000;
        var consumers = args.Length > 1 ? int.Parse(args[1]) : 96;
        var inject429 = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0.05;
        var share = args.Length > 3 ? args[3] : null;
        const int ceiling = 50;

        await using var azurite = await Azurite.StartAsync(Azurite.FindRepoRoot(AppContext.BaseDirectory), dataFolder: null);
        var prefix = "fan" + DateTime.UtcNow.ToString("HHmmss");
        await using var rig = await FanOutRig.StartAsync(azurite.ConnectionString, prefix,
            new FakeConnectorOptions { GlobalPerSecond = ceiling, Inject429Rate = inject429 },
            share is null ? null : new Dictionary<string, string?> { ["Drills:PacingShare"] = share });
        await rig.SeedAsync(FanOutRig.People(participants));

        var consumer = rig.Consumers(consumers);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var clock = Stopwatch.StartNew();
        var draining = consumer.RunUntilAsync(() => rig.Connector.DeliveredTotal >= participants, stop.Token);
        var drill = await rig.LaunchAsync(DateTimeOffset.UtcNow);
        var launched = clock.Elapsed;
        await draining;
        clock.Stop();

        // Leftover copies (deferred or throttled re-enqueues) must all find the work done: drain them too.
        using var settle = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await rig.Consumers(consumers).RunUntilAsync(() => false, settle.Token).ContinueWith(_ => { });

        // Timed after the fan-out so it does not warm anything up for the launch.
        var resolving = Stopwatch.StartNew();
        var audience = await rig.Services.GetRequiredService<IAudienceSource>().ResolveAsync(drill.Audience);
        resolving.Stop();

        var rows = await rig.Services.GetRequiredService<ParticipantStore>().ListAsync(drill.Id);
        var lost = rows.Count(p => p.Status != ParticipantStatus.Prompted);
        var duplicated = rig.Connector.Delivered.Values.Count(n => n > 1);
        var seconds = clock.Elapsed.TotalSeconds;
        var sending = rig.Connector.ActiveTime.TotalSeconds;

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"participants: {participants}, consumers: {consumers}, fake Connector: {ceiling} req/s global, 7/s per conversation, {inject429:P0} injected 429");
        Console.WriteLine($"launch (participants + {(participants + ParticipantStore.BatchLimit - 1) / ParticipantStore.BatchLimit} queue messages of up to {ParticipantStore.BatchLimit}): {launched.TotalSeconds:F1} s, overlapping the sends");
        Console.WriteLine($"audience resolution alone (roster query, {audience.Count} people, after the fan-out): {resolving.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"fan-out, first Connector request to last prompt: {sending:F1} s = {participants / sending:F1} prompts/s = {100 * participants / sending / ceiling:F1}% of the {ceiling}/s ceiling");
        Console.WriteLine($"wall time, launch to last prompt: {seconds:F1} s = {participants / seconds:F1} prompts/s = {100 * participants / seconds / ceiling:F1}% of the ceiling");
        Console.WriteLine($"fake Connector answers: {string.Join(", ", rig.Connector.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Console.WriteLine($"deliveries: {string.Join(", ", consumer.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}; errors {consumer.Errors}");
        Console.WriteLine($"lost: {lost}, duplicated: {duplicated}");
        return lost == 0 && duplicated == 0 ? 0 : 1;
    }
}
