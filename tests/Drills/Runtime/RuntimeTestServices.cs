using System.Collections.Concurrent;
using Azure.Storage.Queues;
using DrillPlatform.Core;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Drills.Runtime.Pacing;
using DrillPlatform.Core.Messaging;
using DrillPlatform.Tests.Sms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Drills.Runtime;

/// <summary>The core's real composition on Azurite and a fake clock, with recording stand-ins for the bot's two interfaces.</summary>
internal sealed class RuntimeTestServices : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    private RuntimeTestServices(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public RecordingPrompter Prompter => (RecordingPrompter)Services.GetRequiredService<IDrillPrompter>();
    public RecordingNotifier Notifier => (RecordingNotifier)Services.GetRequiredService<IDrillSummaryNotifier>();
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public QueueClient Queue => Get<QueueServiceClient>().GetQueueClient(Get<DrillPromptQueue>().Name);

    /// <param name="storagePolicy">A policy in the table and queue clients' pipelines, e.g. <see cref="Storage.StorageFaults"/>.</param>
    public static async Task<RuntimeTestServices> StartAsync(Uri? smsEndpoint = null, Dictionary<string, string?>? extra = null,
        Azure.Core.Pipeline.HttpPipelinePolicy? storagePolicy = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await AzuriteFixture.ConnectionStringAsync(),
            ["Storage:Prefix"] = AzuriteFixture.NewPrefix(),
            ["Sms:Endpoint"] = (smsEndpoint ?? new Uri("http://127.0.0.1:9/")).ToString(),
            ["Sms:From"] = TestSms.From,
            ["Sms:AccessKey"] = SmsTestServer.AccessKey,
            ["Sms:MaxAttempts"] = "1",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        var time = new FakeTimeProvider(T0);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (storagePolicy is not null)
            Storage.StoragePipeline.Install(services, settings["Storage:ConnectionString"]!, storagePolicy);
        // Pacing waits on a clock; the fake one only moves when a test says so, so pacing runs on real time here.
        services.AddSingleton(sp => new TeamsRateLimiter(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DrillOptions>>(), TimeProvider.System));
        // The SMS sink checks request dates against the real clock.
        services.AddSingleton<DrillPlatform.Core.Sms.IAcsRequestAuthenticator>(new DrillPlatform.Core.Sms.AccessKeyAuthenticator(SmsTestServer.AccessKey, TimeProvider.System));
        services.AddSingleton<IDrillPrompter, RecordingPrompter>();
        services.AddSingleton<IDrillSummaryNotifier, RecordingNotifier>();
        services.AddSingleton<DrillPlatform.Core.Reports.Review.ICorrectiveActionNotifier, DrillPlatform.Tests.Reports.RecordingActionNotifier>();
        return new RuntimeTestServices(services.BuildServiceProvider(), time);
    }

    public static StaffMember Person(string id, string department = "records", string? phone = null, params string[] roles) =>
        new(id, "Person " + id, id + "@example.org", department, roles.Length == 0 ? ["records-clerk"] : roles, phone ?? PhoneOf(id), "en");

    /// <summary>A distinct phone per person id (digits only), so SMS counts at the sink are per person.</summary>
    public static string PhoneOf(string id) =>
        "+86138" + (id.Aggregate(17, (h, c) => (h * 31 + c) % 100000)).ToString("D5") + "1"; // never ends in the sink's failing 0000

    /// <summary>Delivers every queued prompt once, like the queue trigger would.</summary>
    public async Task DeliverAllAsync(Drill drill)
    {
        foreach (var p in await Get<ParticipantStore>().ListAsync(drill.Id))
            await Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, p.PersonId), 1, CancellationToken.None);
    }

    /// <summary>Roster rows and (unless noChat) conversation references for people; then a launched drill for the department.</summary>
    public async Task<Drill> LaunchAsync(IEnumerable<StaffMember> people, IEnumerable<string>? noChat = null, string department = "records",
        int deadlineMinutes = 30, int escalationMinutes = 10)
    {
        var skip = (noChat ?? []).ToHashSet();
        foreach (var p in people)
        {
            await Get<RosterStore>().UpsertAsync(p);
            if (!skip.Contains(p.ObjectId))
                await Get<ConversationRefStore>().UpsertAsync(new ConversationRef(p.ObjectId, "a:" + p.ObjectId, "https://smba.example/", "tenant",
                    "28:bot", "29:" + p.ObjectId, "msteams", "en", T0));
        }
        return await Get<DrillLauncher>().LaunchNowAsync("fire-records-store", DrillAudience.Department(department), "trainer", Time.GetUtcNow(),
            deadlineMinutes, escalationMinutes);
    }

    /// <summary>Every person's prompt in the visible messages on the prompt queue (batches expanded), left in place for later deliveries.</summary>
    public async Task<List<DrillPromptMessage>> PeekAllAsync() => [.. (await PeekTextsAsync()).SelectMany(DrillPromptBatch.Expand)];

    /// <summary>The visible messages on the prompt queue as the trigger would see their text, left in place.</summary>
    public async Task<List<string>> PeekTextsAsync()
    {
        await Queue.CreateIfNotExistsAsync();
        var peeked = (await Queue.PeekMessagesAsync(32)).Value;
        return peeked.Select(m => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))).ToList();
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}

/// <summary>Counts prompts per person; can throw a scripted exception for the next N prompts.</summary>
internal sealed class RecordingPrompter : IDrillPrompter
{
    public ConcurrentDictionary<string, int> Prompts { get; } = new();
    public ConcurrentQueue<Func<Exception>> Failures { get; } = new();
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public async Task PromptAsync(Drill drill, Participant participant, StaffMember person, ConversationRef conversation, CancellationToken ct)
    {
        if (Latency > TimeSpan.Zero) await Task.Delay(Latency, ct);
        if (Failures.TryDequeue(out var failure)) throw failure();
        Prompts.AddOrUpdate(person.ObjectId, 1, (_, n) => n + 1);
    }
}

internal sealed class RecordingNotifier : IDrillSummaryNotifier
{
    public ConcurrentQueue<(DrillSummary Summary, IReadOnlyList<StaffMember> Recipients)> Sent { get; } = new();

    public Task NotifyAsync(DrillSummary summary, IReadOnlyList<StaffMember> recipients, CancellationToken ct)
    {
        Sent.Enqueue((summary, recipients));
        return Task.CompletedTask;
    }
}
