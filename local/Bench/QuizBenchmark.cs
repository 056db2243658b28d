using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Activity = DrillPlatform.Bot.Protocol.Activity;

namespace DrillPlatform.Local.Bench;

/// <summary>
/// `dotnet run -c Release --project local -- bench [people] [concurrency] [thinkMs]`: many people take a
/// quiz at once through POST /api/messages (signed tokens, JWT validation, Azurite), and the
/// server-side time of every turn is recorded. Prints turns/s, p50/p99 and peak memory. thinkMs
/// (default 0) is each person's pause before an answer; without one, a person's replies exceed
/// Teams' per-chat windows (8 in 2 s), which the pacer enforces by holding the turn.
/// </summary>
public static class QuizBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var people = args.Length > 0 ? int.Parse(args[0]) : 200;
        var concurrency = args.Length > 1 ? int.Parse(args[1]) : 16;
        var think = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2]) : 0);
        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var timings = new TurnTimings();
        var app = await LocalHost.BuildAsync(["--urls", baseUrl, "--Storage:Prefix", "bench" + DateTime.UtcNow.ToString("HHmmss"),
            "--Logging:LogLevel:Default", "Warning",
            // The emulator has no limits: lift the pacer's app ceiling (Teams' 50 requests/s) to its highest setting to time the turn itself.
            "--Drills:TeamsRequestsPerSecond", "1000"], timings.Middleware);
        await app.StartAsync();

        var roster = app.Services.GetRequiredService<RosterStore>();
        var staff = Enumerable.Range(0, people).Select(i => new StaffMember(
            Guid.NewGuid().ToString(), $"Bench {i}", $"bench{i}@demo-hospital.example", i % 2 == 0 ? "records" : "information",
            i % 3 == 0 ? ["records-clerk"] : ["on-duty"], null, "en")).ToList();
        foreach (var person in staff) await roster.UpsertAsync(person, CancellationToken.None);

        var issuer = app.Services.GetRequiredService<DevIssuer>();
        var serviceUrl = $"{baseUrl}/emulator/";
        var token = issuer.CreateChannelToken(LocalDevelopment.DevAppId, serviceUrl);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await QuizAsync(http, serviceUrl, staff[0], TimeSpan.Zero); // warm-up: JIT, metadata fetch, tables
        timings.Clear();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(staff.Skip(1), new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (person, _) => await QuizAsync(http, serviceUrl, person, think));
        clock.Stop();

        var (count, p50, p99) = timings.Summary();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"people: {people - 1}, concurrency: {concurrency}, think: {think.TotalMilliseconds} ms, turns: {count} (1 'quiz' + 5 answers each)");
        Console.WriteLine($"throughput: {count / clock.Elapsed.TotalSeconds:F1} turns/s over {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"server-side latency: p50 {p50:F1} ms, p99 {p99:F1} ms");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB (host, Azurite excluded)");
        await app.StopAsync();
        return 0;
    }

    private static async Task QuizAsync(HttpClient http, string serviceUrl, StaffMember person, TimeSpan think)
    {
        var conversation = $"a:bench-{person.ObjectId}";
        await TurnAsync(http, serviceUrl, person, conversation, text: "quiz", value: null);
        for (var index = 0; index < 5; index++)
        {
            var card = await LatestQuestionAsync(http, conversation, index);
            if (think > TimeSpan.Zero) await Task.Delay(think);
            await TurnAsync(http, serviceUrl, person, conversation, text: null, value: FirstChoice(card), replyToId: card.GetProperty("id").GetString());
        }
    }

    // What Teams posts for the card's one submit: its data with the choice set's value merged in (the first option).
    private static JsonElement FirstChoice(JsonElement card)
    {
        var content = card.GetProperty("attachments")[0].GetProperty("content");
        var choices = content.GetProperty("body").EnumerateArray().First(e => e.GetProperty("type").GetString() == "Input.ChoiceSet");
        var submit = JsonNode.Parse(content.GetProperty("actions")[0].GetProperty("data").GetRawText())!.AsObject();
        submit[choices.GetProperty("id").GetString()!] = choices.GetProperty("choices")[0].GetProperty("value").GetString();
        return JsonSerializer.SerializeToElement(submit);
    }

    private static async Task<JsonElement> LatestQuestionAsync(HttpClient http, string conversation, int index)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"/emulator/conversations/{Uri.EscapeDataString(conversation)}/activities");
        return page.GetProperty("activities").EnumerateArray()
            .Where(a => a.TryGetProperty("attachments", out var att) && att[0].GetProperty("content").TryGetProperty("actions", out var actions)
                        && actions[0].GetProperty("data").TryGetProperty("index", out var i) && i.GetInt32() == index)
            .Last();
    }

    private static async Task TurnAsync(HttpClient http, string serviceUrl, StaffMember person, string conversation, string? text, JsonElement? value, string? replyToId = null)
    {
        var activity = new Activity
        {
            Type = Activity.Types.Message, Id = Guid.NewGuid().ToString("N"), ChannelId = "msteams", ServiceUrl = serviceUrl, Text = text, Value = value,
            ReplyToId = replyToId, Locale = "en-US",
            From = new ChannelAccount { Id = $"29:{person.ObjectId}", AadObjectId = person.ObjectId, Name = person.Name },
            Recipient = new ChannelAccount { Id = $"28:{LocalDevelopment.DevAppId}" },
            Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = LocalDevelopment.DevTenantId },
        };
        using var content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Options), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Turn failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
