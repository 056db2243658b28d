using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Activity = DrillPlatform.Bot.Protocol.Activity;

namespace DrillPlatform.Local.Bench;

/// <summary>One load generator for any bot endpoint: N message turns at a concurrency, each timed by the client.</summary>
public sealed class TurnLoad(string token, string serviceUrl)
{
    public sealed record Result(double TurnsPerSecond, double P50, double P99, int Failed);

    /// <param name="from">The sender of turn i (its AAD object id); each sender has its own 1:1 conversation.</param>
    public async Task<Result> RunAsync(string endpoint, int turns, int concurrency, Func<int, string> from, string text)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var timings = new double[turns];
        var failed = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, turns), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            using var content = new StringContent(Body(from(i), text), Encoding.UTF8, "application/json");
            var start = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync(endpoint, content, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failed);
        });
        clock.Stop();
        Array.Sort(timings);
        return new Result(turns / clock.Elapsed.TotalSeconds, Percentile(timings, 0.50), Percentile(timings, 0.99), failed);
    }

    private string Body(string objectId, string text) => JsonSerializer.Serialize(new Activity
    {
        Type = Activity.Types.Message, Id = Guid.NewGuid().ToString("N"), ChannelId = "msteams", ServiceUrl = serviceUrl, Text = text, Locale = "en-US",
        From = new ChannelAccount { Id = $"29:{objectId}", AadObjectId = objectId, Name = "Bench" },
        Recipient = new ChannelAccount { Id = $"28:{LocalDevelopment.DevAppId}" },
        Conversation = new ConversationAccount { Id = $"a:turns-{objectId}", ConversationType = "personal", TenantId = LocalDevelopment.DevTenantId },
    }, ProtocolJson.Options);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
