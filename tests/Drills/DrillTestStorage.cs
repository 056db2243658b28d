using Azure.Data.Tables;
using Azure.Storage.Queues;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Drills;

/// <summary>The drill stores on the shared Azurite, under a prefix no other test uses.</summary>
internal sealed class DrillTestStorage
{
    private DrillTestStorage(string connectionString, Azure.Core.Pipeline.HttpPipelinePolicy? policy)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = connectionString, Prefix = AzuriteFixture.NewPrefix() });
        var (tables, queues) = (TableClients.Options(), new QueueClientOptions());
        if (policy is not null)
        {
            tables.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerCall);
            queues.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerCall);
        }
        Tables = new TableServiceClient(connectionString, tables);
        Queues = new QueueServiceClient(connectionString, queues);
        Schedules = new ScheduleStore(Tables, Options);
        Drills = new DrillStore(Tables, Options);
        Participants = new ParticipantStore(Tables, Options);
        Roster = new RosterStore(Tables, Options);
        Queue = new DrillPromptQueue(Queues, Options);
    }

    public IOptions<StorageOptions> Options { get; }
    public TableServiceClient Tables { get; }
    public QueueServiceClient Queues { get; }
    public ScheduleStore Schedules { get; }
    public DrillStore Drills { get; }
    public ParticipantStore Participants { get; }
    public RosterStore Roster { get; }
    public DrillPromptQueue Queue { get; }

    public static async Task<DrillTestStorage> NewAsync(Azure.Core.Pipeline.HttpPipelinePolicy? policy = null) =>
        new(await AzuriteFixture.ConnectionStringAsync(), policy);

    public DrillLauncher Launcher(IAudienceSource? audience = null) =>
        new(Drills, Participants, audience ?? new RosterAudienceSource(Roster), Queue, DrillTestData.Calendar, NullLogger<DrillLauncher>.Instance);

    /// <summary>Every person's prompt on the queue (batches expanded), decoded, taking the messages off the queue.</summary>
    public async Task<List<DrillPromptMessage>> DrainQueueAsync() => [.. (await DrainQueueTextsAsync()).SelectMany(DrillPromptBatch.Expand)];

    /// <summary>Every message on the prompt queue as the trigger would see its text, taking them off the queue.</summary>
    public async Task<List<string>> DrainQueueTextsAsync()
    {
        var client = Queues.GetQueueClient(Queue.Name);
        var texts = new List<string>();
        while (true)
        {
            var batch = (await client.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
            if (batch.Length == 0) return texts;
            texts.AddRange(batch.Select(m => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))));
        }
    }

    public static Drill PlannedDrill(string id, DateTimeOffset plannedAt, string department = "records", string scheduleId = "s1") => new()
    {
        Id = id,
        ScheduleId = scheduleId,
        ScenarioId = "fire-records-store",
        Department = department,
        LocalDate = DrillTestData.Calendar.LocalDate(plannedAt),
        PlannedAt = plannedAt,
        Seed = 7,
        Explanation = "test",
    };

    public static StaffMember Person(string id, string department = "records", params string[] roles) =>
        new(id, "Person " + id, id + "@example.org", department, roles, null, "zh-CN");
}
