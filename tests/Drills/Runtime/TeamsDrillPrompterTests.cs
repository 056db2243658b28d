using DrillPlatform.Bot.Drills;
using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Messaging;
using DrillPlatform.Tests.Protocol.Support;
using DrillPlatform.Tests.Scenarios;
using static DrillPlatform.Tests.Protocol.Support.ScriptedConnector;

namespace DrillPlatform.Tests.Drills.Runtime;

[Trait("Category", "Storage")]
public sealed class TeamsDrillPrompterTests : IDisposable
{
    private static readonly DateTimeOffset Launched = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai
    private static readonly Drill Drill = new()
    {
        Id = "d42", ScenarioId = "fire-records-store", Department = "records", LocalDate = new DateOnly(2026, 3, 10),
        PlannedAt = Launched, Status = DrillStatus.Launched, LaunchedAt = Launched, ResponseDeadlineMinutes = 30,
    };
    private static readonly Participant Participant = new() { DrillId = "d42", PersonId = "p1" };

    private readonly ServiceProvider protocol;

    public TeamsDrillPrompterTests()
    {
        var settings = ProtocolServices.DevSettings("https://example.org/openid", "x");
        settings["Bot:ConnectorRetry:BaseDelay"] = "00:00:00.050";
        protocol = ProtocolServices.Build(settings, staticToken: "connector-token");
    }

    public void Dispose() => protocol.Dispose();

    private ConversationRefStore? chats;

    private async Task<TeamsDrillPrompter> PrompterAsync()
    {
        var root = ScenarioFiles.Templates;
        var card = new DrillAlertCard(new CardRenderer(root), new Texts(ContentLoader.Load(root)), ScenarioFiles.Catalog, DrillTestData.Calendar);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Launched);
        chats = new ConversationRefStore(new Azure.Data.Tables.TableServiceClient(await DrillPlatform.Tests.Storage.AzuriteFixture.ConnectionStringAsync(), DrillPlatform.Core.Storage.TableClients.Options()),
            Microsoft.Extensions.Options.Options.Create(new DrillPlatform.Core.Storage.StorageOptions { Prefix = DrillPlatform.Tests.Storage.AzuriteFixture.NewPrefix() }));
        var health = new DrillPlatform.Bot.Reach.ConversationHealth(chats, time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DrillPlatform.Bot.Reach.ConversationHealth>.Instance);
        return new TeamsDrillPrompter(protocol.GetRequiredService<ConnectorClient>(), card, health, time);
    }

    private static ConversationRef Chat(ScriptedConnector connector) =>
        new("p1", "a:chat-p1", connector.ServiceUrl, "tenant", "28:bot", "29:p1", "msteams", "en-US", Launched);

    [Fact]
    public async Task PromptAsync_SendsTheDrillCardWithTheScenarioDeadlineAndStartAction()
    {
        await using var connector = await StartAsync(Created("m1"));

        await (await PrompterAsync()).PromptAsync(Drill, Participant, RuntimeTestServices.Person("p1") with { Locale = "zh-CN" }, Chat(connector), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.EndsWith("/v3/conversations/a%3Achat-p1/activities", request.RawTarget);
        var card = JsonDocument.Parse(request.Body).RootElement.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Contains("这是一次演练", card.GetProperty("body")[0].GetProperty("items")[1].GetProperty("text").GetString());
        var facts = card.GetProperty("body")[1].GetProperty("facts");
        Assert.Equal(ScenarioFiles.Catalog.Get("fire-records-store").Title.ZhCn, facts[0].GetProperty("value").GetString());
        Assert.StartsWith("10:30", facts[1].GetProperty("value").GetString());
        var data = card.GetProperty("actions")[0].GetProperty("data");
        Assert.Equal("drill.start", data.GetProperty("action").GetString());
        Assert.Equal("d42", data.GetProperty("drill").GetString());
    }

    [Fact]
    public async Task PromptAsync_OnA429_ThrowsThrottledWithRetryAfterWithoutRetrying()
    {
        await using var connector = await StartAsync(Status(429, retryAfter: "7"), Created("never"));

        var e = await Assert.ThrowsAsync<DrillPromptThrottledException>(async () =>
            await (await PrompterAsync()).PromptAsync(Drill, Participant, RuntimeTestServices.Person("p1"), Chat(connector), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(7), e.RetryAfter);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task PromptAsync_OnA403_RejectsWithAReasonForTheTrainer()
    {
        await using var connector = await StartAsync(Status(403, json: """{"error":{"code":"BotDisabledByAdmin"}}"""));

        var e = await Assert.ThrowsAsync<DrillPromptRejectedException>(async () =>
            await (await PrompterAsync()).PromptAsync(Drill, Participant, RuntimeTestServices.Person("p1"), Chat(connector), CancellationToken.None));

        Assert.Contains("blocked or removed the DrillPlatform app", e.Reason);
        Assert.Contains("BotDisabledByAdmin", e.Reason);
    }

    [Fact]
    public async Task SendAsync_WithRetryThrottledOn_StillRetriesA429()
    {
        await using var connector = await StartAsync(Status(429, retryAfter: "0"), Created("m2"));

        var id = await protocol.GetRequiredService<ConnectorClient>().SendAsync(connector.ServiceUrl, "a:x", new Activity { Type = Activity.Types.Message, Text = "hi" }, CancellationToken.None);

        Assert.Equal("m2", id);
        Assert.Equal(2, connector.Requests.Count);
    }
}
