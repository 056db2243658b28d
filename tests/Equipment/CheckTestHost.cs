using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Storage;
using DrillPlatform.Tests.Sms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Equipment;

/// <summary>
/// The equipment services as AddEquipment wires them, on Azurite under a fresh prefix, with the
/// shipped content, a fake clock, the local SMS sink and a recording notifier in place of Teams.
/// Seeds a small roster: responsible, deputy, a records manager, a trainer and a clerk.
/// </summary>
public sealed class CheckTestHost : IAsyncDisposable
{
    public const string Site = "demo-hospital";
    public static readonly StaffMember Responsible = Person("0a000000-0000-4000-8000-000000000001", "Rita Responsible", "records-clerk", "+8613811110001");
    public static readonly StaffMember Deputy = Person("0a000000-0000-4000-8000-000000000002", "Dan Deputy", "records-clerk", "+8613811110002");
    public static readonly StaffMember Manager = Person("0a000000-0000-4000-8000-000000000003", "Mia Manager", "manager", "+8613811110003");
    public static readonly StaffMember Trainer = Person("0a000000-0000-4000-8000-000000000004", "Tom Trainer", "trainer", null);
    public static readonly StaffMember Clerk = Person("0a000000-0000-4000-8000-000000000005", "Cai Clerk", "records-clerk", null);

    private static readonly Lazy<ContentBundle> Content = new(() => ContentLoader.Load(TemplatesFolder.Find(null).Root));

    private readonly ServiceProvider provider;

    private CheckTestHost(ServiceProvider provider, SmsTestServer sms, FakeTimeProvider time)
    {
        this.provider = provider;
        Sms = sms;
        Time = time;
    }

    public FakeTimeProvider Time { get; }
    public SmsTestServer Sms { get; }
    public RecordingNotifier Notifier { get; } = new();
    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();
    public EquipmentStore Equipment => Get<EquipmentStore>();
    public CheckTaskStore Tasks => Get<CheckTaskStore>();

    public static async Task<CheckTestHost> StartAsync(DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var sms = await SmsTestServer.SinkAsync();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await AzuriteFixture.ConnectionStringAsync(),
            ["Storage:Prefix"] = AzuriteFixture.NewPrefix(),
            ["Sms:Endpoint"] = sms.BaseUri.ToString(),
            ["Sms:From"] = TestSms.From,
            ["Sms:AccessKey"] = SmsTestServer.AccessKey,
        }.Concat(settings ?? new Dictionary<string, string?>())).Build();

        var time = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddContent(config).AddStorage(config).AddRoster(config).AddSms(config).AddEquipment(config);
        services.AddSingleton(Content.Value);
        // The sink checks the request date against the real clock, so signing cannot use the fake one.
        services.AddSingleton<IAcsRequestAuthenticator>(new AccessKeyAuthenticator(SmsTestServer.AccessKey, TimeProvider.System));
        RecordingNotifier? notifier = null;
        services.AddSingleton<ICheckNotifier>(_ => notifier!);
        var host = new CheckTestHost(services.BuildServiceProvider(), sms, time);
        notifier = host.Notifier;

        var roster = host.Get<RosterStore>();
        foreach (var person in new[] { Responsible, Deputy, Manager, Trainer, Clerk })
            await roster.UpsertAsync(person);
        return host;
    }

    /// <summary>An extinguisher kept by Responsible and Deputy, its schedule anchored on <paramref name="lastCheck"/>.</summary>
    public async Task<EquipmentItem> AddExtinguisherAsync(string id, DateOnly lastCheck, DateOnly? lastMaintenance = null)
    {
        var item = new EquipmentItem(Site, id, EquipmentKinds.Extinguisher, "co2", "records-store-1", new Localized("库房北门", "north door"),
            new DateOnly(2020, 1, 1), lastCheck, lastMaintenance ?? lastCheck, "records", Responsible.ObjectId, Deputy.ObjectId);
        await Equipment.UpsertAsync(item);
        return item;
    }

    /// <summary>Midday in Shanghai on that date, as UTC.</summary>
    public static DateTimeOffset Noon(DateOnly date) => new(date.Year, date.Month, date.Day, 4, 0, 0, TimeSpan.Zero);

    public static StaffMember Person(string id, string name, string role, string? phone) =>
        new(id, name, name.Split(' ')[0].ToLowerInvariant() + "@example.org", "records", [role], phone, "en");

    public static CheckSubmission AllPass(CheckTask task, CheckDefinition definition, params string[] failing) =>
        new(task.Id, task.ItemsOf(definition).Select(i => new CheckAnswer(i.Id, !failing.Contains(i.Id), failing.Contains(i.Id) ? "broken" : null)).ToList(), null);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Sms.DisposeAsync();
    }
}
