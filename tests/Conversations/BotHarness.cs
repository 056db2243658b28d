using DrillPlatform.Bot;
using DrillPlatform.Core;
using DrillPlatform.Tests.Protocol.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Conversations;

/// <summary>
/// The bot's real composition (AddCore + AddBot) on Azurite under a fresh prefix, a fake clock, and a
/// recording Connector on Kestrel that answers every send and update with a new activity id.
/// Turns go straight to the activity handler: authentication has its own tests.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    /// <summary>Wednesday 12 March 2025, 10:00 in Shanghai: working time on the site calendar.</summary>
    public static readonly DateTimeOffset WorkingMorning = new(2025, 3, 12, 2, 0, 0, TimeSpan.Zero);

    private readonly LoopbackServer connector;
    private int seen;

    private BotHarness(ServiceProvider services, LoopbackServer connector, FakeTimeProvider clock)
    {
        Services = services;
        this.connector = connector;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    /// <summary>How the fake Connector answers; change it between turns.</summary>
    public ConnectorBehaviour Connector { get; private init; } = new();
    public FakeTimeProvider Clock { get; }
    public string ServiceUrl => connector.BaseUrl + "/teams/";

    /// <param name="configure">Changes to the composition after AddCore/AddBot (e.g. counted storage clients).</param>
    public static async Task<BotHarness> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var behaviour = new ConnectorBehaviour();
        var connector = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            if (context.Request.Method == "POST" && behaviour.TakeSendFailure())
            {
                context.Response.StatusCode = 500;
                await context.Response.WriteAsync("""{"error":{"code":"ServiceError","message":"Internal server error (injected)."}}""");
                return;
            }
            if (behaviour.RefuseUpdates && context.Request.Method == "PUT")
            {
                // What Teams answers when the message to update was deleted.
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync("""{"error":{"code":"ActivityNotFoundInConversation","message":"The activity was not found."}}""");
                return;
            }
            await context.Response.WriteAsync($$"""{"id":"act-{{Guid.NewGuid():N}}"}""");
        });
        var settings = ProtocolServices.DevSettings("https://127.0.0.1/unused/.well-known/openidconfiguration", "https://127.0.0.1/issuer");
        settings["Storage:ConnectionString"] = await AzuriteFixture.ConnectionStringAsync();
        settings["Storage:Prefix"] = AzuriteFixture.NewPrefix();
        settings["Content:Root"] = Path.Combine(AzuriteFixture.RepoRoot, "templates");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(WorkingMorning);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddCore(configuration).AddBot(configuration);
        services.UseStaticConnectorToken("test-token");
        configure?.Invoke(services);
        return new BotHarness(services.BuildServiceProvider(), connector, clock) { Connector = behaviour };
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<StaffMember> PersonAsync(string name, string department = "records", string locale = "en", params string[] roles)
    {
        var person = new StaffMember(Guid.NewGuid().ToString(), name, $"{Guid.NewGuid():N}@hospital.example", department, roles, null, locale);
        await Get<RosterStore>().UpsertAsync(person);
        return (await Get<RosterStore>().GetAsync(person.ObjectId))!;
    }

    /// <summary>Sends a typed message or a card click as the person; returns what the bot sent in reply.</summary>
    /// <param name="id">The activity id; pass the id of an earlier turn to resend it as Teams does.</param>
    public async Task<List<Sent>> SendAsync(StaffMember person, string? text = null, object? value = null, string? replyToId = null,
        string conversationType = "personal", string? id = null)
    {
        var personal = conversationType == "personal";
        var activity = new Activity
        {
            Type = Activity.Types.Message,
            Id = id ?? Guid.NewGuid().ToString("N"),
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            Locale = person.Locale,
            From = new ChannelAccount { Id = "29:" + person.ObjectId, AadObjectId = person.ObjectId, Name = person.Name },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = personal
                ? new ConversationAccount { Id = "a:" + person.ObjectId, ConversationType = "personal", TenantId = "tenant-1" }
                : new ConversationAccount { Id = "19:team-" + person.ObjectId + "@thread.tacv2", ConversationType = conversationType, IsGroup = true, TenantId = "tenant-1" },
            Text = text,
            Value = value is null ? null : JsonSerializer.SerializeToElement(value),
            ReplyToId = replyToId,
        };
        await Get<IActivityHandler>().HandleAsync(activity, CancellationToken.None);
        return TakeSent();
    }

    /// <summary>Clicks an Action.Execute with this data as the person (an adaptiveCard/action invoke); returns the invoke response and what the bot sent.</summary>
    public async Task<(InvokeResponse? Response, List<Sent> Sent)> ExecuteAsync(StaffMember person, JsonElement data, string? replyToId = null)
    {
        var activity = new Activity
        {
            Type = Activity.Types.Invoke,
            Name = "adaptiveCard/action",
            Id = Guid.NewGuid().ToString("N"),
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            Locale = person.Locale,
            From = new ChannelAccount { Id = "29:" + person.ObjectId, AadObjectId = person.ObjectId, Name = person.Name },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:" + person.ObjectId, ConversationType = "personal", TenantId = "tenant-1" },
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "answer", data } }),
            ReplyToId = replyToId,
        };
        var response = await Get<IActivityHandler>().HandleAsync(activity, CancellationToken.None);
        return (response, TakeSent());
    }

    /// <summary>Sends a conversation event (installationUpdate, conversationUpdate) as the person; returns what the bot sent.</summary>
    public async Task<List<Sent>> EventAsync(StaffMember person, string type, string? action = null, string conversationType = "personal", string? id = null)
    {
        var personal = conversationType == "personal";
        var activity = new Activity
        {
            Type = type,
            Id = id ?? Guid.NewGuid().ToString("N"),
            Action = action,
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            Locale = person.Locale,
            From = new ChannelAccount { Id = "29:" + person.ObjectId, AadObjectId = person.ObjectId, Name = person.Name },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount
            {
                Id = personal ? "a:" + person.ObjectId : "19:team-" + person.ObjectId + "@thread.tacv2",
                ConversationType = conversationType, IsGroup = personal ? null : true, TenantId = "tenant-1",
            },
            MembersAdded = type == Activity.Types.ConversationUpdate ? [new ChannelAccount { Id = "29:" + person.ObjectId, AadObjectId = person.ObjectId }] : null,
        };
        await Get<IActivityHandler>().HandleAsync(activity, CancellationToken.None);
        return TakeSent();
    }

    /// <summary>Everything the Connector received since the last call.</summary>
    public List<Sent> TakeSent()
    {
        lock (connector)
            return TakeSentLocked();
    }

    private List<Sent> TakeSentLocked()
    {
        var all = connector.Requests.ToArray();
        var fresh = all.Skip(seen).Select(r => new Sent(r.Method, r.RawTarget, JsonDocument.Parse(r.Body).RootElement.Clone())).ToList();
        seen = all.Length;
        return fresh;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await connector.DisposeAsync();
    }
}

public sealed class ConnectorBehaviour
{
    /// <summary>Card updates (PUT) get 404 ActivityNotFoundInConversation, as for a deleted message.</summary>
    public volatile bool RefuseUpdates;

    private int sendFailures;

    /// <summary>The next <paramref name="count"/> new messages (POST) get 500, which the Connector client does not retry.</summary>
    public void FailSends(int count) => Interlocked.Exchange(ref sendFailures, count);

    internal bool TakeSendFailure()
    {
        while (true)
        {
            var left = Volatile.Read(ref sendFailures);
            if (left <= 0) return false;
            if (Interlocked.CompareExchange(ref sendFailures, left - 1, left) == left) return true;
        }
    }
}

/// <summary>One call the bot made to the Connector: a new activity (POST) or a card update (PUT).</summary>
public sealed record Sent(string Method, string Target, JsonElement Body)
{
    public JsonElement? Card => Body.TryGetProperty("attachments", out var a) ? a[0].GetProperty("content") : null;
    public string? Text => Body.TryGetProperty("text", out var t) ? t.GetString() : null;
    public bool IsUpdate => Method == "PUT";

    /// <summary>The card's first action's data.action, e.g. walk.answer for a step card.</summary>
    public string? FirstAction => Card is { } c && c.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0
        ? actions[0].GetProperty("data").GetProperty("action").GetString()
        : null;

    public string BodyText(int block) => Card!.Value.GetProperty("body")[block].GetProperty("text").GetString()!;
}
