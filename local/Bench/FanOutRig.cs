using Azure.Storage.Queues;
using DrillPlatform.Bot;
using DrillPlatform.Bot.Drills;
using DrillPlatform.Core;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Model;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Messaging;
using DrillPlatform.Local.FunctionsHost;

namespace DrillPlatform.Local.Bench;

/// <summary>
/// The real fan-out path (DrillLauncher → Azurite queue → DrillPromptDelivery → TeamsDrillPrompter →
/// ConnectorClient) composed with AddCore/AddBot and pointed at a <see cref="FakeConnector"/>.
/// Shared by the fan-out benchmark and the tests.
/// </summary>
public sealed class FanOutRig : IAsyncDisposable
{
    public const string Department = "fanout";

    private FanOutRig(ServiceProvider services, FakeConnector connector)
    {
        Services = services;
        Connector = connector;
        Queue = services.GetRequiredService<QueueServiceClient>().GetQueueClient(services.GetRequiredService<DrillPromptQueue>().Name);
    }

    public ServiceProvider Services { get; }
    public FakeConnector Connector { get; }
    public QueueClient Queue { get; }

    /// <param name="settings">Extra configuration, e.g. Drills:PacingShare or Bot:ConnectorRetry:MaxAttempts.</param>
    public static async Task<FanOutRig> StartAsync(string storageConnectionString, string prefix, FakeConnectorOptions? fake = null,
        IDictionary<string, string?>? settings = null, TimeSpan? httpTimeout = null, TimeProvider? time = null)
    {
        // The fake Teams and the senders share one process here (in Azure they do not): enough
        // pool threads up front keep the fake from stamping a backlog of requests all at once.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
        var connector = await FakeConnector.StartAsync(fake);
        var config = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:Prefix"] = prefix,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = LocalDevelopment.DevAppId,
            ["MicrosoftAppPassword"] = "not-used",
            ["MicrosoftAppTenantId"] = LocalDevelopment.DevTenantId,
            ["Bot:OpenIdMetadataUrl"] = "https://127.0.0.1/unused/.well-known/openidconfiguration",
            ["Bot:Issuer"] = "https://127.0.0.1/unused",
            ["Sms:Endpoint"] = "http://127.0.0.1:9/",
            ["Sms:From"] = "DrillDesk",
            ["Sms:AccessKey"] = Convert.ToBase64String(new byte[32]),
            ["Bot:ConnectorRetry:BaseDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();

        var services = new ServiceCollection();
        services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Error));
        if (time is not null) services.AddSingleton(time);
        services.AddCore(configuration).AddBot(configuration).AddDrillBot();
        services.UseStaticConnectorToken("fan-out-token");
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = httpTimeout ?? TimeSpan.FromSeconds(30));
        return new FanOutRig(services.BuildServiceProvider(), connector);
    }

    /// <summary>Puts people on the roster; those for whom <paramref name="hasChat"/> is true get a conversation with the fake.</summary>
    public async Task SeedAsync(IReadOnlyList<StaffMember> people, Func<StaffMember, bool>? hasChat = null)
    {
        var roster = Services.GetRequiredService<RosterStore>();
        var refs = Services.GetRequiredService<ConversationRefStore>();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, ct) =>
        {
            await roster.UpsertAsync(p, ct);
            if (hasChat?.Invoke(p) ?? true)
                await refs.UpsertAsync(new ConversationRef(p.ObjectId, ConversationOf(p.ObjectId), Connector.ServiceUrl, LocalDevelopment.DevTenantId,
                    "28:" + LocalDevelopment.DevAppId, "29:" + p.ObjectId, "msteams", p.Locale, DateTimeOffset.UtcNow), ct);
        });
    }

    public static string ConversationOf(string objectId) => "a:fanout-" + objectId;

    public static IReadOnlyList<StaffMember> People(int count, string department = Department) =>
        Enumerable.Range(0, count).Select(i => new StaffMember(
            $"00000000-0000-4000-8000-{i:D12}", $"Person {i}", $"person{i}@fanout.example", department,
            ["records-clerk"], null, i % 2 == 0 ? "zh-CN" : "en")).ToList();

    /// <summary>Launches a drill of fire-records-store for the department through the real launcher (participants + one message per hundred).</summary>
    public Task<Drill> LaunchAsync(DateTimeOffset now, string department = Department, int deadlineMinutes = 30) =>
        Services.GetRequiredService<DrillLauncher>().LaunchNowAsync("fire-records-store", DrillAudience.Department(department), "trainer-1", now, deadlineMinutes);

    /// <summary>Consumers over the real delivery and poison handler, as the SendDrillPrompt functions would run them.</summary>
    public PromptQueueConsumers Consumers(int count, int maxDequeueCount = 5) => new(
        Queue,
        (text, dequeueCount, ct) => Services.GetRequiredService<DrillPromptDispatch>().HandleAsync(text, dequeueCount, ct),
        (text, ct) => Services.GetRequiredService<DrillPromptPoison>().HandleAsync(text, ct),
        count, maxDequeueCount);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
