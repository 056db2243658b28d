using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DrillPlatform.Local.Bench;

/// <summary>
/// A Bot Connector stand-in on 127.0.0.1:0 for the fan-out tests and benchmark. It enforces Teams'
/// limits as sliding windows (per app 50 in 1 s; per conversation 7 in 1 s, 8 in 2 s, 60 in 30 s, 1800 in an hour) (over the limit: 429 with the Retry-After that frees a slot),
/// and injects 429 (with Retry-After), 503 and timeouts at configured rates. Injected failures are
/// admitted requests, so they use up the budget like real ones. Only a 201 counts as delivered.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly FakeConnectorOptions options;
    private readonly Lock gate = new();
    private readonly SlidingWindow global;
    private readonly Dictionary<string, SlidingWindow[]> conversations = new(StringComparer.Ordinal);
    private readonly Random random;
    private readonly ConcurrentDictionary<string, int> delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> outcomes = new(StringComparer.Ordinal);
    private long firstAdmitted;
    private long lastDelivered;

    private FakeConnector(WebApplication app, FakeConnectorOptions options)
    {
        this.app = app;
        this.options = options;
        global = new SlidingWindow(options.GlobalPerSecond, TimeSpan.FromSeconds(1));
        random = new Random(options.Seed);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ServiceUrl = address.TrimEnd('/') + "/";
    }

    public string ServiceUrl { get; }

    /// <summary>Successful (201) posts per conversation id.</summary>
    public IReadOnlyDictionary<string, int> Delivered => delivered;

    public int DeliveredTotal => delivered.Values.Sum();

    /// <summary>Called with the conversation id as a post is counted delivered, before its 201 goes back (a test can break something while the send is at Teams).</summary>
    public Action<string>? Delivering { get; set; }

    /// <summary>Answers by kind: delivered, over-limit, injected-429, injected-503, injected-timeout.</summary>
    public IReadOnlyDictionary<string, int> Outcomes => outcomes;

    /// <summary>From the first admitted request to the last delivery.</summary>
    public TimeSpan ActiveTime => Stopwatch.GetElapsedTime(Interlocked.Read(ref firstAdmitted), Interlocked.Read(ref lastDelivered));

    public static async Task<FakeConnector> StartAsync(FakeConnectorOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeConnector? fake = null;
        app.MapPost("/v3/conversations", (Delegate)((HttpContext http) => fake!.CreateAsync(http)));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext http) => fake!.PostAsync(conversationId, http));
        // Replies to an activity (the SDK's sendActivity in a turn) and card updates count like sends.
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, HttpContext http) => fake!.PostAsync(conversationId, http));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, HttpContext http) => fake!.PostAsync(conversationId, http));
        await app.StartAsync();
        fake = new FakeConnector(app, options ?? new FakeConnectorOptions());
        return fake;
    }

    private readonly ConcurrentDictionary<string, (int Status, string Code)> refusals = new(StringComparer.Ordinal);

    /// <summary>Answers every later send to the conversation with Teams' error (403 ConversationBlockedByUser, 404 ConversationNotFound...).</summary>
    public void Refuse(string conversationId, int status, string code) => refusals[conversationId] = (status, code);

    public void Accept(string conversationId) => refusals.TryRemove(conversationId, out _);

    private async Task<IResult> PostAsync(string conversationId, HttpContext http)
    {
        if (string.IsNullOrEmpty(http.Request.Headers.Authorization)) return Count("unauthorised", Results.StatusCode(401));
        if (refusals.TryGetValue(conversationId, out var refusal))
            return Count("refused", Results.Json(new { error = new { code = refusal.Code, message = "Refused by the fake Connector as Teams would." } }, statusCode: refusal.Status));
        var now = Stopwatch.GetTimestamp();
        double roll;
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationId, out var conversation))
                conversations[conversationId] = conversation =
                    [new SlidingWindow(options.ConversationPerSecond, TimeSpan.FromSeconds(1)), .. options.ConversationWindows.Select(w => new SlidingWindow(w.Limit, w.Length))];
            var wait = conversation.Select(w => w.WaitFor(now)).Aggregate(global.WaitFor(now), Max);
            if (wait > TimeSpan.Zero) return Count("over-limit", TooMany(http, wait));
            global.Admit(now);
            foreach (var window in conversation) window.Admit(now);
            Interlocked.CompareExchange(ref firstAdmitted, now, 0);
            roll = random.NextDouble();
        }

        if ((roll -= options.Inject429Rate) < 0) return Count("injected-429", TooMany(http, options.InjectedRetryAfter));
        if ((roll -= options.Inject503Rate) < 0) return Count("injected-503", Results.StatusCode(503));
        if ((roll -= options.InjectTimeoutRate) < 0)
        {
            await Task.Delay(options.TimeoutHold, http.RequestAborted).ContinueWith(_ => { });
            return Count("injected-timeout", Results.StatusCode(503));
        }

        delivered.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        Interlocked.Exchange(ref lastDelivered, Stopwatch.GetTimestamp());
        Delivering?.Invoke(conversationId);
        return Count("delivered", Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201));
    }

    /// <summary>1:1 chats created (POST v3/conversations), by member id.</summary>
    public IReadOnlyDictionary<string, int> CreatedConversations => created;

    private readonly ConcurrentDictionary<string, int> created = new(StringComparer.Ordinal);

    // Creating a 1:1 chat returns the same id for the same member, as Teams does; it counts against the app's budget.
    private async Task<IResult> CreateAsync(HttpContext http)
    {
        if (string.IsNullOrEmpty(http.Request.Headers.Authorization)) return Count("unauthorised", Results.StatusCode(401));
        var body = await System.Text.Json.JsonDocument.ParseAsync(http.Request.Body);
        var member = body.RootElement.GetProperty("members")[0].GetProperty("id").GetString() ?? "";
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            var wait = global.WaitFor(now);
            if (wait > TimeSpan.Zero) return Count("over-limit", TooMany(http, wait));
            global.Admit(now);
        }
        created.AddOrUpdate(member, 1, (_, n) => n + 1);
        return Count("created", Results.Json(new { id = "a:" + member }, statusCode: 201));
    }

    private IResult Count(string outcome, IResult result)
    {
        outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        return result;
    }

    // Retry-After carries whole seconds, so a wait of a few milliseconds is still "1".
    private static IResult TooMany(HttpContext http, TimeSpan wait)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { error = new { code = "TooManyRequests", message = "Too many requests." } }, statusCode: 429);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
