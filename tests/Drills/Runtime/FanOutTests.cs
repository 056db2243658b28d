using DrillPlatform.Local.Bench;

namespace DrillPlatform.Tests.Drills.Runtime;

/// <summary>The real prompter, ConnectorClient, delivery and Azurite queue against the limiting, misbehaving fake Connector.</summary>
[Trait("Category", "Storage")]
public class FanOutTests
{
    [Fact]
    public async Task FanOut_WithInjected429s503sAndTimeouts_PromptsEveryParticipantExactlyOnce()
    {
        const int people = 60;
        await using var rig = await FanOutRig.StartAsync(await AzuriteFixture.ConnectionStringAsync(), AzuriteFixture.NewPrefix(),
            new FakeConnectorOptions { GlobalPerSecond = 20, Inject429Rate = 0.1, Inject503Rate = 0.1, InjectTimeoutRate = 0.05, TimeoutHold = TimeSpan.FromSeconds(3) },
            new Dictionary<string, string?> { ["Bot:ConnectorRetry:MaxAttempts"] = "4", ["Bot:ConnectorRetry:BaseDelay"] = "00:00:00.100" },
            httpTimeout: TimeSpan.FromSeconds(1));
        await rig.SeedAsync(FanOutRig.People(people));
        var consumers = rig.Consumers(12, maxDequeueCount: 10);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var drill = await rig.LaunchAsync(DateTimeOffset.UtcNow);
        await consumers.RunUntilAsync(() => rig.Connector.DeliveredTotal >= people, limit.Token);
        using var settle = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        await rig.Consumers(4).RunUntilAsync(() => false, settle.Token).ContinueWith(_ => { });

        Assert.False(limit.IsCancellationRequested, "the fan-out did not finish in two minutes");
        Assert.Equal(people, rig.Connector.Delivered.Count);
        Assert.All(rig.Connector.Delivered.Values, n => Assert.Equal(1, n));
        Assert.True(rig.Connector.Outcomes.GetValueOrDefault("injected-429") > 0, "no 429 was injected");
        Assert.True(rig.Connector.Outcomes.GetValueOrDefault("injected-503") + rig.Connector.Outcomes.GetValueOrDefault("injected-timeout") > 0);
        var rows = await rig.Services.GetRequiredService<ParticipantStore>().ListAsync(drill.Id);
        Assert.All(rows, p => Assert.Equal(ParticipantStatus.Prompted, p.Status));
    }

    [Fact]
    public async Task FanOut_PacesItselfUnderTheConnectorsLimit()
    {
        const int people = 40;
        await using var rig = await FanOutRig.StartAsync(await AzuriteFixture.ConnectionStringAsync(), AzuriteFixture.NewPrefix(),
            new FakeConnectorOptions { GlobalPerSecond = 20 },
            // 15/s against a limit of 20 leaves room for arrivals bunched by a stall on this busy machine;
            // without pacing, 16 consumers would send the 40 prompts in well under a second.
            new Dictionary<string, string?> { ["Drills:TeamsRequestsPerSecond"] = "20", ["Drills:PacingShare"] = "0.75" });
        await rig.SeedAsync(FanOutRig.People(people));
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await rig.LaunchAsync(DateTimeOffset.UtcNow);
        await rig.Consumers(16).RunUntilAsync(() => rig.Connector.DeliveredTotal >= people, limit.Token);

        Assert.Equal(people, rig.Connector.DeliveredTotal);
        Assert.Equal(0, rig.Connector.Outcomes.GetValueOrDefault("over-limit")); // paced, not throttled
        Assert.True(rig.Connector.ActiveTime >= TimeSpan.FromSeconds((people - 1) / 15.0 - 0.3), $"40 sends at 15/s took only {rig.Connector.ActiveTime}");
    }
}
