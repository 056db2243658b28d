using DrillPlatform.Bot;
using DrillPlatform.Bot.Reach;
using DrillPlatform.Core;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Messaging;
using DrillPlatform.Local.Bench;
using DrillPlatform.Local.Graph;
using DrillPlatform.Tests.Protocol.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Tests.Reach;

/// <summary>
/// The real composition (AddCore + AddBot) on Azurite, real time, the fake Graph and the fake
/// Connector (Teams' limits, creates 1:1 chats) on loopback ports: a drill's prompts go the whole way.
/// </summary>
internal sealed class ReachHarness : IAsyncDisposable
{
    private ReachHarness(ServiceProvider services, FakeGraphServer graph, FakeConnector connector)
    {
        Services = services;
        Graph = graph.Graph;
        GraphServer = graph;
        Connector = connector;
    }

    public ServiceProvider Services { get; }
    public FakeGraph Graph { get; }
    public FakeConnector Connector { get; }
    private FakeGraphServer GraphServer { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<ReachHarness> StartAsync(Dictionary<string, string?>? extra = null, FakeConnectorOptions? connectorOptions = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        var connector = await FakeConnector.StartAsync(connectorOptions);
        var settings = ProtocolServices.DevSettings("https://127.0.0.1/unused/.well-known/openidconfiguration", "https://127.0.0.1/issuer");
        settings["Storage:ConnectionString"] = await AzuriteFixture.ConnectionStringAsync();
        settings["Storage:Prefix"] = AzuriteFixture.NewPrefix();
        settings["Content:Root"] = Path.Combine(AzuriteFixture.RepoRoot, "templates");
        settings["Reach:AppCatalogId"] = FakeGraph.LocalCatalogId;
        settings["Reach:GraphBaseUrl"] = graph.BaseUrl;
        settings["Reach:ServiceUrl"] = connector.ServiceUrl;
        settings["Bot:ConnectorRetry:BaseDelay"] = "00:00:00.050";
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddCore(configuration).AddBot(configuration);
        services.UseStaticConnectorToken("connector-token");
        services.AddSingleton<IGraphTokenProvider>(new StaticGraphToken());
        return new ReachHarness(services.BuildServiceProvider(), graph, connector);
    }

    public async Task<StaffMember> PersonAsync(string department = "records")
    {
        var person = new StaffMember(Guid.NewGuid().ToString(), "Person", $"{Guid.NewGuid():N}@hospital.example", department, ["records-clerk"], null, "en");
        await Get<RosterStore>().UpsertAsync(person);
        return person;
    }

    /// <summary>A new drill for the department; the previous one is closed first (the launcher hands back a running twin).</summary>
    public async Task<Drill> LaunchAsync(string department = "records")
    {
        foreach (var open in await Get<DrillStore>().ListOpenAsync())
            await Get<DrillStore>().CloseAsync(open, DateTimeOffset.UtcNow);
        return await Get<DrillLauncher>().LaunchNowAsync("fire-records-store", DrillAudience.Department(department), "trainer", DateTimeOffset.UtcNow, 30, 10);
    }

    public Task<DrillPromptResult> DeliverAsync(Drill drill, StaffMember person) =>
        Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, person.ObjectId), 1, CancellationToken.None);

    public async Task<Participant> ParticipantAsync(Drill drill, StaffMember person) =>
        (await Get<ParticipantStore>().GetAsync(drill.Id, person.ObjectId))!;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await GraphServer.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private sealed class StaticGraphToken : IGraphTokenProvider
    {
        public Task<string> GetTokenAsync(CancellationToken ct) => Task.FromResult("graph-token");
    }
}
